// Test runner for core tests: a QCoreApplication (for translations and Qt's event loop) around Catch2's session.
#if !__has_include(<catch2/catch_test_macros.hpp>)
#define CATCH_CONFIG_RUNNER
#endif
#include "Catch.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("daymark-tests"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DAYMARK_VERSION));
    return Catch::Session().run(argc, argv);
}
