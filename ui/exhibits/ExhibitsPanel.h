// The Exhibits panel: every exhibit in number order with a thumbnail for pictures, and beside the list what is
// known about the selected one. View opens it inside Daymark; Save a copy writes the original out (on a worker
// thread, with progress and Stop); Delete asks why.
#pragma once

#include "common/Error.h"
#include "exhibits/ExhibitViewer.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QUuid>
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QProgressDialog;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class ExhibitDetails;
class ExhibitsModel;
class InlineMessage;
class TemporaryCopies;

class ExhibitsPanel : public QWidget
{
    Q_OBJECT

public:
    // `copies` (owned by the diary page) receives any copy opened in another program.
    explicit ExhibitsPanel(TemporaryCopies& copies, QWidget* parent = nullptr);
    ~ExhibitsPanel() override;

    // Shows the exhibits of `diary` (which must stay open until setDiary(nullptr)); null stops any copy being
    // saved, closes viewers and forgets everything shown, thumbnails included.
    void setDiary(diary::Diary* diary);
    void reload();

    // Opens the selected exhibit in the viewer.
    void viewSelected();
    // Asks where to save a copy of the selected exhibit's original, then writes it on a worker thread.
    void saveCopyOfSelected();
    // Writes the selected exhibit's original to `path` on a worker thread (what Save a copy does once asked).
    void saveCopyTo(const QString& path);
    bool isSavingCopy() const { return m_saving; }
    void deleteSelected();

    // Tests put a stand-in in front of QDesktopServices::openUrl.
    void setOpener(ExhibitViewer::Opener opener) { m_opener = std::move(opener); }

    QTableView* view() const { return m_view; }
    ExhibitsModel* model() const { return m_model; }
    ExhibitDetails* details() const { return m_details; }
    InlineMessage* message() const { return m_message; }
    QUuid selectedId() const;
    void select(const QUuid& id);

Q_SIGNALS:
    // Text to copy (an exhibit's SHA-256); the window puts it on the clipboard through SecretClipboard.
    void copyRequested(const QString& text);

protected:
    // Reads the list again when shown: exhibits may have been attached to incidents meanwhile.
    void showEvent(QShowEvent* event) override;

private:
    struct SaveOutcome
    {
        std::optional<Error> error;
    };
    void selectionChanged();
    void saveFinished();
    void stopSaving();
    void updateState();
    void closeDialogs();

    TemporaryCopies& m_copies;
    diary::Diary* m_diary = nullptr;
    ExhibitsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_empty;
    InlineMessage* m_message;
    ExhibitDetails* m_details;
    QPushButton* m_viewButton;
    QPushButton* m_saveButton;
    QPushButton* m_deleteButton;
    ExhibitViewer::Opener m_opener;

    QFutureWatcher<std::shared_ptr<SaveOutcome>> m_saveWatcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QPointer<QProgressDialog> m_progress;
    QString m_savingLabel;
    QString m_savingPath;
    bool m_saving = false;
};

} // namespace daymark::ui
