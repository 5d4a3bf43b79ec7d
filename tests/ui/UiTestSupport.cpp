// Helpers for UI tests.
#include "UiTestSupport.h"

#include <QApplication>
#include <QPalette>

#include "TestVault.h"
#include "diary/Diary.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QTest>

namespace daymark::test {

bool waitUntil(const std::function<bool()>& done)
{
    return QTest::qWaitFor(done, 10000);
}

ui::DiaryAccess fastAccess()
{
    return ui::DiaryAccess{fastOptions()};
}

void makeDiary(const QString& path, const char* password)
{
    auto diary = diary::Diary::create(path, pw(password), fastOptions());
    REQUIRE(diary);
}

WindowFixture::WindowFixture(ui::DiaryAccess access) : window(std::move(access))
{
    REQUIRE(dir.isValid());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

QString WindowFixture::path(const char* fileName) const
{
    return dir.filePath(QString::fromUtf8(fileName));
}

void unlockThroughTheLockScreen(WindowFixture& f, const QString& path)
{
    f.window.openDiary(path);
    REQUIRE(f.showing("unlockPage"));
    auto* password = child<QLineEdit>(f.window, "unlockPassword");
    typeInto(password, QString::fromUtf8(kGoodPassword));
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return f.showing("diaryPage"); }));
}

ui::DiaryAccess::Function Gate::hold(ui::DiaryAccess::Function inner)
{
    return [inner = std::move(inner), entered = m_entered, pass = m_pass](
               const QString& path, const crypto::SecureBytes& password, const vault::VaultOptions& options) {
        entered->release();
        // Bounded, so a failed test cannot leave the worker (and the page waiting for it) stuck for ever.
        pass->tryAcquire(1, 20000);
        return inner(path, password, options);
    };
}

void Gate::open()
{
    m_pass->release();
}

bool Gate::reached() const
{
    return m_entered->available() > 0;
}

bool processHasOpen(const QString& path)
{
#ifdef Q_OS_LINUX
    const QString target = QFileInfo(path).canonicalFilePath();
    const QDir fds(QStringLiteral("/proc/self/fd"));
    const QStringList entries = fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        if (QFileInfo(fds.filePath(entry)).symLinkTarget() == target)
            return true;
    }
#else
    Q_UNUSED(path)
#endif
    return false;
}

void typeInto(QWidget* edit, const QString& text)
{
    auto* lineEdit = qobject_cast<QLineEdit*>(edit);
    REQUIRE(lineEdit != nullptr);
    lineEdit->setFocus();
    lineEdit->selectAll();
    QTest::keyClick(lineEdit, Qt::Key_Backspace);
    QTest::keyClicks(lineEdit, text);
    REQUIRE(lineEdit->text() == text);
}

void useDarkPalette()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    // The shades Fusion draws frames and check boxes with, as a desktop's dark theme sets them.
    dark.setColor(QPalette::Light, QColor(0x5a, 0x5a, 0x5a));
    dark.setColor(QPalette::Midlight, QColor(0x48, 0x48, 0x48));
    dark.setColor(QPalette::Mid, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    QApplication::setPalette(dark);
}

} // namespace daymark::test
