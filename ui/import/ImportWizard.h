// The Import wizard (issue 7): choose an export file and its format, see what it holds, say who the stalker is and
// which messages or calls become incidents, then add them to the diary in one go (on a worker thread, with progress
// and cancel; nothing is kept on a problem or a cancel) and see what was added.
#pragma once

#include <QWizard>
#include <memory>

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class ColumnMappingPage;
class ImportChoosePage;
class ImportDonePage;
class ImportFilePage;
class ImportOptionsPage;
class ImportPreviewModel;
class ImportPreviewPage;
struct ImportSession;

class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, ColumnsPageId, PreviewPageId, ChoosePageId, OptionsPageId, DonePageId };

    // `diary` must stay open while the wizard exists; closing the wizard (or the lock) stops any work first.
    explicit ImportWizard(diary::Diary& diary, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Stops a parse, count or commit still running and waits for it (a commit stopped keeps nothing).
    void stopWork();

    ImportSession& session() const { return *m_session; }
    ImportPreviewModel* model() const;
    ImportFilePage* filePage() const { return m_filePage; }
    ColumnMappingPage* columnsPage() const { return m_columnsPage; }
    ImportPreviewPage* previewPage() const { return m_previewPage; }
    ImportChoosePage* choosePage() const { return m_choosePage; }
    ImportOptionsPage* optionsPage() const { return m_optionsPage; }
    ImportDonePage* donePage() const { return m_donePage; }

Q_SIGNALS:
    // Incidents were added: lists showing the diary should read it again.
    void imported();
    // The person asked to see the incidents just added (numbers first to last).
    void showInTimelineRequested(qint64 firstIncident, qint64 lastIncident);

protected:
    void reject() override;

private:
    std::unique_ptr<ImportSession> m_session;
    ImportFilePage* m_filePage;
    ColumnMappingPage* m_columnsPage;
    ImportPreviewPage* m_previewPage;
    ImportChoosePage* m_choosePage;
    ImportOptionsPage* m_optionsPage;
    ImportDonePage* m_donePage;
};

} // namespace daymark::ui
