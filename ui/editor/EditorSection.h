// One section of the incident editor (When, What, Where, …): a heading, a form of labelled fields and a sentence
// beside them when something in the section cannot be saved. Sections read and write their part of an incident.
#pragma once

#include "diary/Incident.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace daymark::ui {

class InlineMessage;

class EditorSection : public QWidget
{
    Q_OBJECT

public:
    EditorSection(const QString& title, const QString& intro, QWidget* parent);

    QString title() const { return m_title; }
    // Shows `incident`'s values in the fields.
    virtual void load(const diary::Incident& incident) = 0;
    // Writes the fields' values into `incident` (only this section's fields).
    virtual void store(diary::Incident& incident) const = 0;
    // One sentence saying what cannot be saved, or empty; the field to focus is returned through `field`.
    virtual QString problem(QWidget** field) const;

    // Shows (or clears) the section's problem beside its fields; true when there is none.
    bool showProblem();
    // The sentence shown, or empty.
    QString shownProblem() const;
    // The section's controls in the order they are seen, for the Tab order.
    QList<QWidget*> focusOrder() const;
    // The labels beside the fields; the editor gives them one width so fields line up across sections.
    QList<QLabel*> labels() const { return m_labels; }

Q_SIGNALS:
    // A field was changed by the person.
    void edited();

protected:
    // Adds a labelled row; the label's mnemonic focuses `field`, whose accessible name is the label's text.
    QLabel* addRow(const QString& label, QWidget* field);
    // Adds a row without a label of its own (a check box, a note).
    void addWideRow(QWidget* field);
    // Makes the section emit edited() when the widget's value changes (line and text edits, boxes, lists).
    void watch(QWidget* field);

private:
    QString m_title;
    QFormLayout* m_form;
    InlineMessage* m_problem;
    QList<QWidget*> m_rows;
    QList<QLabel*> m_labels;
};

// "&Summary:" → "Summary": the accessible name of the field a label belongs to.
QString plainLabel(const QString& label);

} // namespace daymark::ui
