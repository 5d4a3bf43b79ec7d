// The incident editor: every field of an incident in sections (When, What, Where, Who, Impact, Police and orders,
// Exhibits, Private notes) on one scrolling form, with a list of the sections to jump to. A new incident is added;
// a changed one is saved as an amendment with a reason, the earlier version kept. Unsaved changes are never lost
// silently: closing asks Save / Discard / Cancel. Files attach by button, drop or paste (Ctrl+V).
#pragma once

#include "diary/Incident.h"
#include "editor/ExhibitAttacher.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QImage;
class QListWidget;
class QMessageBox;
class QPushButton;
class QScrollArea;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class EditorSection;
class ExhibitsSection;
class InlineMessage;
class WhoSection;

class IncidentEditor : public QDialog
{
    Q_OBJECT

public:
    // `incident` null: a new incident, starting now. `diary` must stay open while the editor is (the window deletes
    // its dialogs when the diary locks).
    IncidentEditor(diary::Diary& diary, const QUuid& incident, QWidget* parent = nullptr);

    // Shows `values` in the form without saving them (e.g. what was typed in "Add details"): they count as changes.
    void setDraft(const diary::Incident& values);
    // Amendments are saved with this reason without asking (e.g. "Details added after a quick log").
    void setFixedReason(const QString& reason) { m_fixedReason = reason; }

    bool isNew() const { return !m_record.has_value(); }
    QUuid incidentId() const { return m_record ? m_record->incident.id : QUuid(); }
    // The incident as the form shows it now.
    diary::Incident formValues() const;
    bool hasChanges() const;
    bool isBusy() const { return m_attacher->isRunning(); }

    // Checks the form and saves: adds a new incident, or asks the reason and amends a changed one; closes when
    // done. Nothing changed: closes without an amendment.
    void save();
    // The diary is locking (Lock, or the keyboard and mouse unused too long): what was typed is saved rather than
    // lost, without asking — an amendment's reason says it was saved at locking. False when the form has a problem
    // that stops it being saved (it is then lost with the editor; the person is told on the lock screen).
    bool saveBeforeLock();
    // Attaches files (the button, a drop and file URLs pasted all come here). For a new incident the files wait
    // until it is saved.
    void attachFiles(const QStringList& paths);
    // Attaches an image from memory as a PNG screenshot; nothing is written to disk.
    void attachImage(const QImage& image);
    // Attaches the clipboard's image (or copied files); false when it holds neither.
    bool pasteFromClipboard();

    void reject() override;

Q_SIGNALS:
    // The incident (or its exhibits) changed in the diary.
    void saved(const daymark::diary::IncidentRecord& record);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void addSection(EditorSection* section);
    void load(const diary::Incident& incident);
    bool checkForm();
    void saveNew(const diary::Incident& incident);
    void saveAmendment(const diary::Incident& incident, const QString& reason);
    void askReason(const diary::Incident& incident);
    void askUnsaved();
    void attach(const QList<AttachItem>& items);
    void attached(const AttachOutcome& outcome);
    void refreshExhibits();
    void setBusy(bool busy);
    void showError(const QString& text);
    void updateTitle();
    void finishSaved();

    diary::Diary& m_diary;
    std::optional<diary::IncidentRecord> m_record;
    diary::Incident m_original; // what a new incident starts from
    diary::Incident m_baseline; // the form's values as loaded; a difference is a change
    QString m_fixedReason;
    QList<AttachItem> m_waiting;
    bool m_closeAfterAttach = false;
    QList<EditorSection*> m_sections;
    WhoSection* m_who = nullptr;
    ExhibitsSection* m_exhibits = nullptr;
    QListWidget* m_navigation;
    QScrollArea* m_scroll;
    QWidget* m_form;
    InlineMessage* m_message;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    QPushButton* m_history;
    ExhibitAttacher* m_attacher;
};

} // namespace daymark::ui
