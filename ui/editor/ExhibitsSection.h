// Exhibits: the files attached to the incident (label such as JS/3, file, size, how obtained), and the ways to add
// more: a file dialog, dropping files on the editor, or pasting a screenshot. The editor does the attaching.
#pragma once

#include "editor/EditorSection.h"
#include "evidence/Exhibit.h"

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace daymark::ui {

class ExhibitsSection : public EditorSection
{
    Q_OBJECT

public:
    explicit ExhibitsSection(QWidget* parent = nullptr);

    // Exhibits are not part of the incident's fields: they are saved in the diary as they are attached.
    void load(const diary::Incident&) override {}
    void store(diary::Incident&) const override {}

    // `saved`: the incident exists, so files attach at once; otherwise they wait for the first save.
    void setSaved(bool saved);
    void setExhibits(const std::vector<evidence::ExhibitRecord>& exhibits);
    // Files waiting to be attached when the incident is first saved.
    void setWaiting(const QStringList& names);
    QTreeWidget* list() const { return m_list; }

Q_SIGNALS:
    void attachRequested();
    void pasteRequested();

private:
    void updateNote();

    QLabel* m_note;
    QTreeWidget* m_list;
    QPushButton* m_attach;
    QPushButton* m_paste;
    bool m_saved = false;
};

} // namespace daymark::ui
