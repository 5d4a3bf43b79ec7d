// The last page of the Import wizard: what was added (incidents, the exhibit that keeps the export, photos and files
// attached or missing), and a button to see the incidents in the timeline.
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace daymark::ui {

struct ImportSession;

class ImportDonePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportDonePage(ImportSession& session, QWidget* parent = nullptr);

    QLabel* report() const { return m_report; }
    QPushButton* showButton() const { return m_show; }

    void initializePage() override;

Q_SIGNALS:
    void showInTimelineRequested(qint64 firstIncident, qint64 lastIncident);

private:
    ImportSession& m_session;
    QLabel* m_report;
    QPushButton* m_show;
};

} // namespace daymark::ui
