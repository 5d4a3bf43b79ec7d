// File dialogs for diaries, evidence files and exports that leave no trace behind: always Qt's own dialog (a system
// dialog may add the diary to the desktop's "recent files"), and Qt's remembered folder and history put back as they
// were before Qt saves them to its shared settings file (~/.config/QtProject.conf on Linux).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

namespace daymark::ui {

class DiaryFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(daymark::ui::DiaryFileDialog)

public:
    // Asks where to save a new diary, starting at `suggestedPath`; empty when cancelled.
    static QString chooseNewLocation(QWidget* parent, const QString& suggestedPath);
    // Asks for an existing diary file, starting in `folder`; empty when cancelled.
    static QString chooseExisting(QWidget* parent, const QString& folder);
    // Asks where to save an export (a PDF, a bundle); `filter` like "PDF files (*.pdf)". Empty when cancelled.
    static QString chooseExportLocation(QWidget* parent, const QString& title, const QString& suggestedPath,
                                        const QString& filter);
    // Asks for files to attach as exhibits, starting in the home folder. Empty when cancelled.
    static QStringList chooseEvidenceFiles(QWidget* parent);
    // Asks for any existing file (a bundle to check), starting in `folder`. Empty when cancelled.
    static QString chooseFile(QWidget* parent, const QString& title, const QString& folder, const QString& filter);
    // Asks for a folder (where backups go), starting in `folder` or the home folder. Empty when cancelled.
    static QString chooseFolder(QWidget* parent, const QString& title, const QString& folder);

private:
    static QString run(QFileDialog& dialog);
};

} // namespace daymark::ui
