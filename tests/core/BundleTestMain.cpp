// Test runner for the export tests: the PDF lays out text, which needs a QGuiApplication (offscreen unless the
// environment chooses a platform).
#if !__has_include(<catch2/catch_test_macros.hpp>)
#define CATCH_CONFIG_RUNNER
#endif
#include "Catch.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("daymark-bundle-tests"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DAYMARK_VERSION));
    return Catch::Session().run(argc, argv);
}
