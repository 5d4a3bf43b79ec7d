// How the chosen messages become incidents (one each, or one per day), the time zone the phone was in, whether
// photos and files are attached, and what a dry run says will be added; then the import itself, on a worker thread
// with progress and cancel, in one transaction: on a problem or a cancel nothing is kept.
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;

namespace daymark::ui {

class InlineMessage;
class ProgressJob;
struct ImportSession;

class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportOptionsPage(ImportSession& session, QWidget* parent = nullptr);
    ~ImportOptionsPage() override;

    void stopWork();
    bool isBusy() const;
    // Counts again what would be added (a dry run); countFinished() follows.
    void count();
    // Adds the chosen messages to the diary; commitFinished() follows, and on success the wizard moves on.
    void commit();

    QRadioButton* perMessage() const { return m_perMessage; }
    QRadioButton* perDay() const { return m_perDay; }
    QComboBox* zoneBox() const { return m_zone; }
    QCheckBox* attachMedia() const { return m_media; }
    QLabel* counts() const { return m_counts; }
    InlineMessage* message() const { return m_message; }
    qint64 newMessages() const { return m_new; }
    qint64 alreadyImported() const { return m_already; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void countFinished(bool ok);
    void commitFinished(bool ok);
    // The diary changed: incidents were added.
    void committed();

private:
    void showCounts();
    qint64 days() const;

    ImportSession& m_session;
    QRadioButton* m_perMessage;
    QRadioButton* m_perDay;
    QComboBox* m_zone;
    QCheckBox* m_media;
    QLabel* m_counts;
    InlineMessage* m_message;
    ProgressJob* m_countJob;
    ProgressJob* m_commitJob;
    qint64 m_new = -1; // -1 until counted
    qint64 m_already = 0;
    bool m_committed = false;
};

} // namespace daymark::ui
