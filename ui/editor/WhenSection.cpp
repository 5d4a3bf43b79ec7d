// The edits hold the wall-clock time as UTC values, so no daylight-saving rule of the computer's own zone can move
// them; the incident's zone is applied only when the time is stored. Minutes are edited, and a time whose minute
// is unchanged keeps its stored seconds, so opening and saving never changes a time by itself.
#include "editor/WhenSection.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>

namespace daymark::ui {
namespace {

QString editFormat()
{
    QString time = QLocale().timeFormat(QLocale::ShortFormat);
    time.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return QStringLiteral("ddd d MMM yyyy  ") + time;
}

QDateTimeEdit* makeTimeEdit(QWidget* parent, const char* objectName)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(editFormat());
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC));
    return edit;
}

QDateTime wall(const QDateTime& time)
{
    return QDateTime(time.date(), QTime(time.time().hour(), time.time().minute()), Qt::UTC);
}

} // namespace

QTimeZone zoneOf(const QDateTime& time)
{
    if (time.timeSpec() == Qt::LocalTime)
        return QTimeZone::systemTimeZone();
    const QTimeZone zone = time.timeZone();
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QString zoneText(const QTimeZone& zone, const QDateTime& at)
{
    const QString id = QString::fromUtf8(zone.id());
    const QString abbreviation = zone.abbreviation(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    if (abbreviation.isEmpty() || abbreviation == id)
        return id;
    return WhenSection::tr("%1 (%2)", "time zone id, abbreviation").arg(id, abbreviation);
}

WhenSection::WhenSection(QWidget* parent)
    : EditorSection(tr("When"), QString(), parent), m_start(makeTimeEdit(this, "editorStart")),
      m_hasEnd(new QCheckBox(tr("It went on &until:"), this)), m_end(makeTimeEdit(this, "editorEnd")),
      m_approximate(new QCheckBox(tr("The time is appro&ximate, a best guess"), this)), m_zoneLabel(new QLabel(this))
{
    m_hasEnd->setObjectName(QStringLiteral("editorHasEnd"));
    m_approximate->setObjectName(QStringLiteral("editorApproximate"));
    m_zoneLabel->setObjectName(QStringLiteral("editorZone"));
    m_zoneLabel->setWordWrap(true);
    m_end->setAccessibleName(tr("Until"));

    addRow(tr("It &happened:"), m_start);
    auto* endRow = new QWidget(this);
    auto* endLayout = new QHBoxLayout(endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->addWidget(m_hasEnd);
    endLayout->addWidget(m_end, 1);
    addWideRow(endRow);
    watch(m_hasEnd);
    watch(m_end);
    addWideRow(m_approximate);
    addWideRow(m_zoneLabel);
    connect(m_hasEnd, &QCheckBox::toggled, this, &WhenSection::updateEnd);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime& start) {
        if (!m_hasEnd->isChecked())
            m_end->setDateTime(start); // an end, once wanted, starts from the start
    });
}

void WhenSection::load(const diary::Incident& incident)
{
    m_zone = zoneOf(incident.start);
    m_originalStart = incident.start;
    m_originalEnd = incident.end.value_or(QDateTime());
    m_start->setDateTime(wall(incident.start.toTimeZone(m_zone)));
    m_hasEnd->setChecked(incident.end.has_value());
    m_end->setDateTime(incident.end ? wall(incident.end->toTimeZone(m_zone)) : m_start->dateTime());
    m_approximate->setChecked(incident.approximate);
    m_zoneLabel->setText(tr("Times are in the time zone %1.").arg(zoneText(m_zone, incident.start)));
    updateEnd();
}

QDateTime WhenSection::inZone(const QDateTimeEdit* edit, const QDateTime& original) const
{
    const QDateTime shown = edit->dateTime();
    if (original.isValid() && wall(original.toTimeZone(m_zone)) == wall(shown))
        return original;
    return QDateTime(shown.date(), shown.time(), m_zone);
}

void WhenSection::store(diary::Incident& incident) const
{
    incident.start = inZone(m_start, m_originalStart);
    incident.end = m_hasEnd->isChecked() ? std::optional<QDateTime>(inZone(m_end, m_originalEnd)) : std::nullopt;
    incident.approximate = m_approximate->isChecked();
}

QString WhenSection::problem(QWidget** field) const
{
    if (m_hasEnd->isChecked() && m_end->dateTime() < m_start->dateTime()) {
        *field = m_end;
        return tr("The end is before the start. Give an end after the start, or untick “It went on until”.");
    }
    return {};
}

void WhenSection::updateEnd()
{
    m_end->setEnabled(m_hasEnd->isChecked());
}

} // namespace daymark::ui
