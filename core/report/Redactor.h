// Applies an ExportSelection's redactions and private-notes choice to the values an export shows.
#pragma once

#include "report/ExportSelection.h"

namespace daymark::diary {
struct Incident;
struct Person;
} // namespace daymark::diary
namespace daymark::evidence {
struct Exhibit;
}

namespace daymark::report {

class Redactor
{
public:
    explicit Redactor(const ExportSelection& selection);

    // Every redacted phrase in `text` (ignoring case) replaced by "[redacted]".
    QString text(const QString& text) const;
    void apply(diary::Incident& incident) const;
    void apply(diary::Person& person) const;
    // Name, description and photo position only: the file itself stays original.
    void apply(evidence::Exhibit& exhibit) const;

private:
    bool hides(RedactableField field) const { return m_fields.contains(field); }
    QString field(RedactableField field, const QString& value) const;
    QStringList list(RedactableField field, const QStringList& values) const;

    QSet<RedactableField> m_fields;
    QStringList m_phrases; // longest first, so a phrase inside a longer one cannot leave part of it behind
    bool m_privateNotes;
};

} // namespace daymark::report
