// The same care as access/DiaryFileDialog (whose guard is private to it): QFileDialog writes its last folder,
// history and sidebar to QSettings("QtProject") when destroyed, so the values it started with are handed back
// first. Where evidence files sit is itself something a person looking at the computer should not learn.
#include "editor/AttachFileDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QUrl>

namespace daymark::ui::attachFileDialog {
namespace {

class TraceGuard
{
public:
    explicit TraceGuard(QFileDialog& dialog) : m_dialog(dialog), m_sidebar(dialog.sidebarUrls())
    {
        QSettings qtSettings(QSettings::UserScope, QStringLiteral("QtProject"));
        qtSettings.beginGroup(QStringLiteral("FileDialog"));
        const QUrl folder = qtSettings.value(QStringLiteral("lastVisited")).toUrl();
        m_folder = folder.isEmpty() ? QUrl::fromLocalFile(QDir::homePath()) : folder;
        const QStringList urls = qtSettings.value(QStringLiteral("history")).toStringList();
        for (const QString& url : urls) {
            if (QUrl(url).isLocalFile())
                m_history << QUrl(url).toLocalFile();
        }
    }
    ~TraceGuard()
    {
        m_dialog.setSidebarUrls(m_sidebar);
        m_dialog.setDirectoryUrl(m_folder);
        m_dialog.setHistory(m_history);
    }
    TraceGuard(const TraceGuard&) = delete;
    TraceGuard& operator=(const TraceGuard&) = delete;

private:
    QFileDialog& m_dialog;
    QList<QUrl> m_sidebar;
    QUrl m_folder;
    QStringList m_history;
};

} // namespace

QStringList chooseFiles(QWidget* parent)
{
    QFileDialog dialog(parent);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setOption(QFileDialog::ReadOnly);
    dialog.setWindowTitle(QCoreApplication::translate("daymark::ui::attachFileDialog", "Attach files"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    const TraceGuard guard(dialog);
    dialog.setDirectory(QDir::homePath());
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles();
}

} // namespace daymark::ui::attachFileDialog
