// When it happened: the start, an optional end, whether the time is a best guess, and the time zone the times are
// in (the incident's own zone, so a time written abroad is not shifted).
#pragma once

#include "editor/EditorSection.h"

#include <QTimeZone>

class QCheckBox;
class QDateTimeEdit;
class QLabel;

namespace daymark::ui {

class WhenSection : public EditorSection
{
    Q_OBJECT

public:
    explicit WhenSection(QWidget* parent = nullptr);

    void load(const diary::Incident& incident) override;
    void store(diary::Incident& incident) const override;
    QString problem(QWidget** field) const override;

    QDateTimeEdit* startEdit() const { return m_start; }
    QDateTimeEdit* endEdit() const { return m_end; }

private:
    QDateTime inZone(const QDateTimeEdit* edit, const QDateTime& original) const;
    void updateEnd();

    QDateTimeEdit* m_start;
    QCheckBox* m_hasEnd;
    QDateTimeEdit* m_end;
    QCheckBox* m_approximate;
    QLabel* m_zoneLabel;
    QTimeZone m_zone;
    QDateTime m_originalStart;
    QDateTime m_originalEnd;
};

// The zone a stored time is in ("Europe/London"), the computer's zone for local times.
QTimeZone zoneOf(const QDateTime& time);
// "Europe/London (GMT)": a zone as a person reads it.
QString zoneText(const QTimeZone& zone, const QDateTime& at);

} // namespace daymark::ui
