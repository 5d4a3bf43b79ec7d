// Who the stalker is and which of the export's messages and calls become incidents: all of one person's (a
// participant of the export, or a person already in the diary, matched by their names and numbers through the
// core's sender filter), everyone's, or messages ticked one by one in the conversation.
#pragma once

#include <QUuid>
#include <QWizardPage>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace daymark::ui {

class ConversationView;
struct ImportSession;
struct PreviewRow;

class ImportChoosePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportChoosePage(ImportSession& session, QWidget* parent = nullptr);

    QComboBox* whoBox() const { return m_who; }
    QRadioButton* allOfThem() const { return m_all; }
    QRadioButton* oneByOne() const { return m_oneByOne; }
    ConversationView* conversation() const { return m_conversation; }
    QLabel* count() const { return m_count; }
    // Chooses the participant whose name or number is `text`, or the diary person with `person`'s id.
    bool chooseParticipant(const QString& nameOrNumber);
    bool choosePerson(const QUuid& person);
    void chooseEveryone();

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void whoChanged();
    void modeChanged();
    // Whether a message is the chosen person's (everyone's, or no one's while no one is chosen).
    std::function<bool(const PreviewRow&)> currentMatcher() const;
    void updateCount();

    ImportSession& m_session;
    QComboBox* m_who;
    QRadioButton* m_all;
    QRadioButton* m_oneByOne;
    QPushButton* m_tickTheirs;
    QPushButton* m_untickAll;
    ConversationView* m_conversation;
    QLabel* m_count;
};

} // namespace daymark::ui
