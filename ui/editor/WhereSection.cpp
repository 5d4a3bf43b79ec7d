// Coordinates are typed in the person's locale ("54,57" or "54.57"); both or neither are kept.
#include "editor/WhereSection.h"

#include <QLineEdit>
#include <QLocale>

namespace daymark::ui {
namespace {

std::optional<double> number(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

QString numberText(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', 6) : QString();
}

} // namespace

WhereSection::WhereSection(QWidget* parent)
    : EditorSection(tr("Where"), QString(), parent), m_place(new QLineEdit(this)), m_latitude(new QLineEdit(this)),
      m_longitude(new QLineEdit(this))
{
    m_place->setObjectName(QStringLiteral("editorPlace"));
    m_place->setPlaceholderText(tr("e.g. outside my work, Elm Grove"));
    m_latitude->setObjectName(QStringLiteral("editorLatitude"));
    m_latitude->setPlaceholderText(tr("Optional, e.g. %1").arg(QLocale().toString(54.5742, 'f', 4)));
    m_longitude->setObjectName(QStringLiteral("editorLongitude"));
    m_longitude->setPlaceholderText(tr("Optional, e.g. %1").arg(QLocale().toString(-1.2349, 'f', 4)));
    addRow(tr("&Place:"), m_place);
    addRow(tr("&Latitude:"), m_latitude);
    addRow(tr("Longitu&de:"), m_longitude);
}

void WhereSection::load(const diary::Incident& incident)
{
    m_place->setText(incident.place);
    m_latitude->setText(numberText(incident.latitude));
    m_longitude->setText(numberText(incident.longitude));
}

void WhereSection::store(diary::Incident& incident) const
{
    incident.place = m_place->text().trimmed();
    const std::optional<double> latitude = number(m_latitude->text());
    const std::optional<double> longitude = number(m_longitude->text());
    if (latitude && longitude) {
        // A value shown with six decimals and not touched keeps its stored precision.
        incident.latitude = numberText(incident.latitude) == m_latitude->text() ? incident.latitude : latitude;
        incident.longitude = numberText(incident.longitude) == m_longitude->text() ? incident.longitude : longitude;
    } else {
        incident.latitude.reset();
        incident.longitude.reset();
    }
}

QString WhereSection::problem(QWidget** field) const
{
    const bool hasLatitude = !m_latitude->text().trimmed().isEmpty();
    const bool hasLongitude = !m_longitude->text().trimmed().isEmpty();
    const std::optional<double> latitude = number(m_latitude->text());
    const std::optional<double> longitude = number(m_longitude->text());
    if ((hasLatitude && !latitude) || (latitude && (*latitude < -90 || *latitude > 90))) {
        *field = m_latitude;
        return tr("The latitude is not a number between -90 and 90. Correct it, or leave both coordinates empty.");
    }
    if ((hasLongitude && !longitude) || (longitude && (*longitude < -180 || *longitude > 180))) {
        *field = m_longitude;
        return tr("The longitude is not a number between -180 and 180. Correct it, or leave both coordinates empty.");
    }
    if (hasLatitude != hasLongitude) {
        *field = hasLatitude ? m_longitude : m_latitude;
        return tr("Give both the latitude and the longitude, or leave both empty.");
    }
    return {};
}

} // namespace daymark::ui
