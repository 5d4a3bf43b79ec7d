// A scripted session of the real window, for the canary test: first-run page, create a diary, write an incident
// holding the canary, attach a file holding it, open that file "in another program" (a temporary copy), lock,
// unlock, search for the canary, copy it to the clipboard, quit. No export: exports are explicit.
//   daymark-canary-session CANARY DIARY ATTACHMENT
// Exit 0 when every step did what a person would see; 1 (with the step on stderr) when one did not.
#include "TestVault.h"
#include "browse/IncidentBrowserPanel.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "editor/IncidentEditor.h"
#include "exhibits/ExhibitViewer.h"
#include "exhibits/ExhibitsPanel.h"
#include "pages/DiaryPage.h"
#include "timeline/TimelineModel.h"
#include "window/MainWindow.h"
#include "window/SecretClipboard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QUrl>
#include <cstdlib>

using namespace daymark;

namespace {

const QString kPassword = QStringLiteral("walnut river lantern orbit");

void require(bool ok, const char* step)
{
    QTextStream(stderr) << (ok ? "ok: " : "FAILED: ") << step << '\n';
    if (!ok)
        std::exit(1);
}

template <typename T> T* find(const QObject& root, const char* name)
{
    for (T* candidate : root.findChildren<T*>(QString::fromLatin1(name)))
        if (candidate->isVisible())
            return candidate;
    return nullptr;
}

bool showing(const ui::MainWindow& window, const char* page)
{
    return window.currentPage() && window.currentPage()->objectName() == QLatin1String(page);
}

void type(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Daymark"));
    const QStringList args = QCoreApplication::arguments();
    require(args.size() == 4, "arguments: CANARY DIARY ATTACHMENT");
    const QString canary = args.at(1);
    const QString diaryPath = args.at(2);
    const QString attachment = args.at(3);

    ui::MainWindow window(ui::DiaryAccess{test::fastOptions()});
    window.show();
    require(QTest::qWaitForWindowExposed(&window), "the window shows");
    require(window.showFirstRunIfNeeded(), "the first-run page shows at the first start");
    QTest::mouseClick(find<QAbstractButton>(window, "firstRunContinue"), Qt::LeftButton);

    // Create a diary through the create page.
    QTest::mouseClick(find<QAbstractButton>(window, "createDiaryButton"), Qt::LeftButton);
    type(find<QLineEdit>(window, "createLocation"), diaryPath);
    type(find<QLineEdit>(window, "newPassword"), kPassword);
    type(find<QLineEdit>(window, "repeatPassword"), kPassword);
    QTest::mouseClick(find<QAbstractButton>(window, "createButton"), Qt::LeftButton);
    require(QTest::qWaitFor([&] { return showing(window, "diaryPage"); }, 20000), "the diary is created");

    // An incident holding the canary, with a file holding it attached.
    window.newIncidentAction()->trigger();
    ui::IncidentEditor* editor = nullptr;
    require(QTest::qWaitFor([&] { return (editor = find<ui::IncidentEditor>(window, "incidentEditor")); }),
            "the incident editor opens");
    QTest::keyClicks(find<QLineEdit>(*editor, "editorSummary"), QStringLiteral("Saw him again: ") + canary);
    QTest::keyClicks(find<QPlainTextEdit>(*editor, "editorDetails"), QStringLiteral("He said ") + canary);
    editor->attachFiles({attachment});
    editor->save();
    require(QTest::qWaitFor(
                [&] {
                    return window.diary()->exhibits().list().size() == 1 &&
                           !find<ui::IncidentEditor>(window, "incidentEditor");
                },
                20000),
            "the incident is saved with its exhibit");

    // Open the exhibit "in another program": a stand-in reads the temporary copy, as a player would.
    ui::DiaryPage* page = window.diaryPage();
    page->showPanel(ui::DiaryPage::Panel::Exhibits);
    ui::ExhibitsPanel* exhibits = page->exhibits();
    QString copyPath;
    bool copyHeldCanary = false;
    exhibits->setOpener([&](const QUrl& url) {
        copyPath = url.toLocalFile();
        QFile copy(copyPath);
        copyHeldCanary = copy.open(QIODevice::ReadOnly) && copy.readAll().contains(canary.toUtf8());
        return true;
    });
    exhibits->reload();
    exhibits->select(window.diary()->exhibits().list().at(0).exhibit.id);
    exhibits->viewSelected();
    QAbstractButton* openElsewhere = nullptr;
    require(QTest::qWaitFor([&] { return (openElsewhere = find<QAbstractButton>(window, "viewerOpenElsewhere")); }),
            "the viewer offers to open the file elsewhere");
    QTest::mouseClick(openElsewhere, Qt::LeftButton);
    require(copyHeldCanary, "the temporary copy holds the file");
    QTextStream(stdout) << "copy: " << copyPath << '\n';

    // Lock: the copy is wiped.
    window.lockAction()->trigger();
    require(window.diary() == nullptr && !QFileInfo::exists(copyPath), "locking wipes the temporary copy");

    // Unlock and search for the canary.
    auto* password = find<QLineEdit>(window, "unlockPassword");
    type(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    require(QTest::qWaitFor([&] { return showing(window, "diaryPage"); }, 20000), "the diary unlocks");
    page->search();
    QLineEdit* search = page->searchPanel()->searchField();
    QTest::keyClicks(search, canary);
    require(QTest::qWaitFor([&] { return page->searchPanel()->model()->fetchedIncidents() == 1; }), "search finds it");

    // Copy the words to the clipboard, as a person would with Ctrl+C.
    search->setFocus();
    search->selectAll();
    QTest::keyClick(search, Qt::Key_C, Qt::ControlModifier);
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    require(mime && mime->text() == canary && ui::SecretClipboard::isMarkedSecret(*mime),
            "the copy is on the clipboard, marked secret");

    // Quit, as the window's close does.
    window.close();
    QCoreApplication::processEvents();
    QTextStream(stdout) << "session done\n";
    return 0;
}
