// The preview page: the export read on a worker thread (progress, cancel) and shown as it was: how many messages and
// calls, the date range, the participants with their counts, and the conversation. When a WhatsApp chat's dates read
// both as day/month and month/day, the page shows a line of the file and asks which, then reads it again.
#pragma once

#include <QWizardPage>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace daymark::ui {

class ConversationView;
class InlineMessage;
class ProgressJob;
struct ImportSession;

class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportPreviewPage(ImportSession& session, QWidget* parent = nullptr);
    ~ImportPreviewPage() override;

    // Reads the export again (with the date order chosen, if any); readFinished() follows.
    void read();
    // Answers the date question: "dmy" or "mdy"; the export is read again.
    void chooseDateOrder(const QString& order);
    void stopWork();
    bool isBusy() const;

    QLabel* summary() const { return m_summary; }
    QListWidget* participants() const { return m_participants; }
    QGroupBox* dateQuestion() const { return m_dateQuestion; }
    QLabel* dateSample() const { return m_sample; }
    InlineMessage* message() const { return m_message; }
    ConversationView* conversation() const { return m_conversation; }
    qint64 lastReadMilliseconds() const { return m_lastReadMs; }

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void readFinished(bool ok);

private:
    void showSummary();
    void showDateQuestion();

    ImportSession& m_session;
    QLabel* m_summary;
    QListWidget* m_participants;
    QGroupBox* m_dateQuestion;
    QLabel* m_sample;
    QRadioButton* m_dayFirst;
    QRadioButton* m_monthFirst;
    QButtonGroup* m_orders;
    InlineMessage* m_message;
    QPushButton* m_readAgain;
    ConversationView* m_conversation;
    ProgressJob* m_job;
    qint64 m_lastReadMs = 0;
};

} // namespace daymark::ui
