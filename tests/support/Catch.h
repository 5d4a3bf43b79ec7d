// Catch2 2.x (Debian 12) and 3.x (newer systems) behind one include.
#pragma once

#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_approx.hpp>
#include <catch2/catch_session.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#define DAYMARK_CATCH3 1
#else
#include <catch2/catch.hpp>
#endif

#ifdef DAYMARK_CATCH3
using Catch::Approx; // Catch2 2 has it at global scope
#define DAYMARK_SKIP(message) SKIP(message)
#else
#define DAYMARK_SKIP(message)                                                                                          \
    do {                                                                                                               \
        WARN("SKIPPED: " << message);                                                                                  \
        return;                                                                                                        \
    } while (false)
#endif

#include <QString>
#include <ostream>

// Lets Catch print QStrings in failure messages.
inline std::ostream& operator<<(std::ostream& os, const QString& text)
{
    return os << text.toStdString();
}
