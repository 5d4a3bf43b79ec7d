// daymark: the desktop app. Refuses to run on a crypto library that gives wrong answers, then shows the window,
// at the lock screen of a diary named on the command line (as a file manager does when one is opened).
#include "common/Error.h"
#include "common/Language.h"
#include "common/ProcessHardening.h"
#include "crypto/CryptoSelfTest.h"
#include "settings/AppSettings.h"
#include "window/AppIcon.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QMessageBox>
#include <QUrl>
#include <cstdlib>

namespace {

// The texts of this file, for translators (lupdate needs a class to tie tr() to).
struct Gui
{
    Q_DECLARE_TR_FUNCTIONS(daymark::gui)
};

} // namespace

int main(int argc, char* argv[])
{
    daymark::hardenProcess(); // no core dump of a process that may hold a password or diary text
    // Qt's own dialogs only: a platform's file dialog may add the diary to the desktop's "recent files".
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Daymark"));
    QApplication::setApplicationVersion(QStringLiteral(DAYMARK_VERSION));
    daymark::language::install(daymark::ui::AppSettings().language());      // the chosen language, else the system's
    daymark::ui::appIcon::apply(daymark::ui::AppSettings().neutralTitle()); // a plain icon, if chosen

    QCommandLineParser parser;
    parser.setApplicationDescription(Gui::tr("Daymark: a private, encrypted diary of incidents and evidence."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("diary"), Gui::tr("A diary file (.daymark) to unlock."),
                                 QStringLiteral("[diary]"));
    parser.process(app);

    try {
        daymark::crypto::runCryptoSelfTest();
    } catch (const daymark::Error& error) {
        QMessageBox::critical(nullptr, Gui::tr("Daymark cannot start"), error.message());
        return EXIT_FAILURE;
    }

    daymark::ui::MainWindow window(daymark::vault::VaultOptions{});
    if (!parser.positionalArguments().isEmpty())
        window.openDiary(parser.positionalArguments().constFirst());
    window.showFirstRunIfNeeded(); // the very first start: what Daymark protects against, and where to find help
    // Quick exit: everything is hidden and locked already; leave, opening a harmless page first if chosen.
    QObject::connect(&window, &daymark::ui::MainWindow::quickExited, &app, [&window] {
        if (window.settings().quickExitOpensPage())
            QDesktopServices::openUrl(QUrl(daymark::ui::AppSettings::quickExitPage()));
        QCoreApplication::exit(0);
    });
    window.show();
    return app.exec();
}
