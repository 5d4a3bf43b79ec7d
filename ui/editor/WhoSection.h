// Who: the people involved and the witnesses, ticked from the diary's people (someone new can be added by name at
// once), other witnesses in words, and whether children were present.
#pragma once

#include "editor/EditorSection.h"

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class WhoSection : public EditorSection
{
    Q_OBJECT

public:
    // Reads the diary's people now, and adds people to it when asked.
    WhoSection(diary::Diary& diary, QWidget* parent = nullptr);

    void load(const diary::Incident& incident) override;
    void store(diary::Incident& incident) const override;

    // Adds a person with this name to the diary (role "other") and ticks them among the people involved.
    bool addPerson(const QString& name);

Q_SIGNALS:
    // A sentence for the person (a person added, or why not).
    void message(const QString& text, bool error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addItem(QListWidget* list, const QUuid& id, const QString& text);
    void ensureListed(const QList<QUuid>& ids);
    static void check(QListWidget* list, const QList<QUuid>& ids);
    static QList<QUuid> checked(const QListWidget* list, const QList<QUuid>& before);

    diary::Diary& m_diary;
    QListWidget* m_people;
    QListWidget* m_witnesses;
    QLineEdit* m_newName;
    QPushButton* m_add;
    QPlainTextEdit* m_witnessNotes;
    QCheckBox* m_children;
};

} // namespace daymark::ui
