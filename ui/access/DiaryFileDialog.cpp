// QFileDialog saves its history, last folder and sidebar into QSettings("QtProject") when it is destroyed; this
// file hands it back the values it started with, so nothing about where a diary lives is written to disk.
#include "access/DiaryFileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace daymark::ui {
namespace {

QString diaryFilter()
{
    return DiaryFileDialog::tr("Daymark diaries (*.daymark)");
}

// Reads what Qt's settings held before the dialog, and writes the same back into the dialog just before it saves
// them on destruction (declared after the dialog, so it is destroyed first). Without earlier settings it leaves the
// home folder, never the folder the person went to.
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
        m_dialog.setDirectoryUrl(m_folder); // adds to the history, so the history comes last
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

QString DiaryFileDialog::chooseNewLocation(QWidget* parent, const QString& suggestedPath)
{
    QFileDialog dialog(parent);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    // Daymark never overwrites a file; the create page says so itself rather than ask "replace it?".
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.setWindowTitle(tr("Save the new diary as"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(diaryFilter());
    // No default suffix: with one, a folder name typed to go into it would be taken as "folder.daymark". The create
    // page adds the extension itself.
    const QFileInfo suggestion(suggestedPath);
    const TraceGuard guard(dialog);
    dialog.setDirectory(suggestion.absolutePath());
    dialog.selectFile(suggestion.fileName());
    return run(dialog);
}

QString DiaryFileDialog::chooseExisting(QWidget* parent, const QString& folder)
{
    QFileDialog dialog(parent);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setOption(QFileDialog::ReadOnly); // no renaming or deleting from inside the dialog
    dialog.setWindowTitle(tr("Open a diary"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({diaryFilter(), tr("All files (*)")});
    const TraceGuard guard(dialog);
    dialog.setDirectory(folder);
    return run(dialog);
}

QString DiaryFileDialog::chooseExportLocation(QWidget* parent, const QString& title, const QString& suggestedPath,
                                              const QString& filter)
{
    QFileDialog dialog(parent);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setOption(QFileDialog::DontConfirmOverwrite); // exports never replace a file; the panel says so
    dialog.setWindowTitle(title);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(filter);
    const QFileInfo suggestion(suggestedPath);
    const TraceGuard guard(dialog);
    dialog.setDirectory(suggestion.absolutePath());
    dialog.selectFile(suggestion.fileName());
    return run(dialog);
}

QStringList DiaryFileDialog::chooseEvidenceFiles(QWidget* parent)
{
    QFileDialog dialog(parent);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setOption(QFileDialog::ReadOnly);
    dialog.setWindowTitle(tr("Attach files"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    const TraceGuard guard(dialog);
    dialog.setDirectory(QDir::homePath());
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles();
}

QString DiaryFileDialog::chooseFile(QWidget* parent, const QString& title, const QString& folder, const QString& filter)
{
    QFileDialog dialog(parent);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setOption(QFileDialog::ReadOnly);
    dialog.setWindowTitle(title);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({filter, tr("All files (*)")});
    const TraceGuard guard(dialog);
    dialog.setDirectory(folder);
    return run(dialog);
}

QString DiaryFileDialog::chooseFolder(QWidget* parent, const QString& title, const QString& folder)
{
    QFileDialog dialog(parent);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    dialog.setWindowTitle(title);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::Directory);
    const TraceGuard guard(dialog);
    dialog.setDirectory(QFileInfo(folder).isDir() ? folder : QDir::homePath());
    return run(dialog);
}

QString DiaryFileDialog::run(QFileDialog& dialog)
{
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QStringList files = dialog.selectedFiles();
    return files.isEmpty() ? QString() : files.constFirst();
}

} // namespace daymark::ui
