// Test runner for UI tests: a QApplication on the offscreen platform (no display needed) around Catch2's session.
#if !__has_include(<catch2/catch_test_macros.hpp>)
#define CATCH_CONFIG_RUNNER
#endif
#include "Catch.h"

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    // Also when CTest lists the tests at build time, where no display may exist.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The app's settings and Qt's file-dialog history go to a folder of the test's own, never the user's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("daymark-ui-tests"));
    QApplication::setApplicationVersion(QStringLiteral(DAYMARK_VERSION));
    return Catch::Session().run(argc, argv);
}
