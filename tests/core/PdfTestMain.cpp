// Test runner for the PDF timeline's tests: a QGuiApplication (fonts, QPdfWriter) on the offscreen platform, so
// no display is needed, around Catch2's session.
#if !__has_include(<catch2/catch_test_macros.hpp>)
#define CATCH_CONFIG_RUNNER
#endif
#include "Catch.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // Also when CTest lists the tests at build time, where no display may exist.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("daymark-pdf-tests"));
    QGuiApplication::setApplicationVersion(QStringLiteral(DAYMARK_VERSION));
    return Catch::Session().run(argc, argv);
}
