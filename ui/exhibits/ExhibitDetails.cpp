// The SHA-256 sits in a read-only line edit so it can be selected whole and copied, and read in a fixed-width
// font; it is what lets police check the original later.
#include "exhibits/ExhibitDetails.h"

#include "evidence/Exhibit.h"
#include "timeline/TimelineText.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

QString dateTimeText(const QDateTime& time)
{
    return QObject::tr("%1 at %2", "date at time")
        .arg(QLocale().toString(time.date(), QLocale::LongFormat), timelineText::timeText(time.time()));
}

QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    const QTime time = QTime(0, 0).addSecs(static_cast<int>(std::min<qint64>(seconds, 86399)));
    return seconds >= 3600 ? time.toString(QStringLiteral("h:mm:ss")) : time.toString(QStringLiteral("m:ss"));
}

QString coordinate(double value)
{
    return QLocale().toString(value, 'f', 6);
}

} // namespace

ExhibitDetails::ExhibitDetails(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_heading(new QLabel(this)), m_name(nullptr),
      m_sha256(new QLabel(this)), m_copy(new QPushButton(tr("&Copy"), this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_heading->setObjectName(QStringLiteral("exhibitHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_form->addRow(m_heading);
    m_name = addRow(tr("Original name:"), "exhibitName");
    m_description = addRow(tr("Description:"), "exhibitDescription");
    m_size = addRow(tr("Size:"), "exhibitSize");
    m_type = addRow(tr("Type:"), "exhibitType");
    m_how = addRow(tr("How obtained:"), "exhibitHow");
    m_added = addRow(tr("Added to the diary:"), "exhibitAdded");
    m_modified = addRow(tr("File last changed:"), "exhibitModified");
    m_incidents = addRow(tr("Incidents:"), "exhibitIncidents");

    m_sha256->setObjectName(QStringLiteral("exhibitSha256"));
    m_sha256->setTextFormat(Qt::PlainText);
    m_sha256->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sha256->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sha256->setAccessibleName(tr("SHA-256 fingerprint"));
    m_sha256->setToolTip(tr("The SHA-256 fingerprint taken when the file was added. Anyone can check a copy of the "
                            "original against it."));
    m_copy->setObjectName(QStringLiteral("exhibitCopySha256"));
    m_copy->setAccessibleName(tr("Copy the SHA-256 fingerprint"));
    // On rows of its own, under its label, so the whole fingerprint shows in a narrow pane.
    auto* shaLabel = new QLabel(tr("&SHA-256 fingerprint:"), this);
    shaLabel->setBuddy(m_sha256);
    m_form->addRow(shaLabel);
    m_shaRow = new QVBoxLayout;
    m_shaRow->setSpacing(4);
    m_shaRow->addWidget(m_sha256);
    m_shaRow->addWidget(m_copy, 0, Qt::AlignLeft);
    m_form->addRow(m_shaRow);

    m_metadataHeading = new QLabel(tr("What the file itself says"), this);
    QFont bold = m_metadataHeading->font();
    bold.setBold(true);
    m_metadataHeading->setFont(bold);
    m_metadataHeading->setContentsMargins(0, 10, 0, 0);
    m_form->addRow(m_metadataHeading);
    m_captured = addRow(tr("Taken:"), "exhibitCaptured");
    m_camera = addRow(tr("Camera:"), "exhibitCamera");
    m_location = addRow(tr("Location:"), "exhibitLocation");
    m_dimensions = addRow(tr("Picture size:"), "exhibitDimensions");
    m_duration = addRow(tr("Length:"), "exhibitDuration");

    connect(m_copy, &QPushButton::clicked, this, [this] {
        Q_EMIT copyRequested(m_shaValue);
        m_copy->setText(tr("Copied"));
    });
    setExhibit(nullptr);
}

QLabel* ExhibitDetails::addRow(const QString& label, const char* objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(QString::fromLatin1(objectName));
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* name = new QLabel(label, this);
    name->setBuddy(value);
    m_form->addRow(name, value);
    return value;
}

void ExhibitDetails::setRow(QLabel* value, const QString& text)
{
    value->setText(text);
    value->setAccessibleName(text);
    m_form->setRowVisible(value, !text.trimmed().isEmpty());
}

int ExhibitDetails::shaLabelRow() const
{
    int row = -1;
    QFormLayout::ItemRole role;
    m_form->getLayoutPosition(m_shaRow, &row, &role);
    return row - 1;
}

QString ExhibitDetails::sha256() const
{
    return m_shaValue;
}

void ExhibitDetails::setExhibit(const evidence::ExhibitRecord* record, const QString& incidents)
{
    m_copy->setText(tr("&Copy"));
    const bool shown = record != nullptr;
    if (!shown) {
        m_heading->setText(tr("No exhibit chosen"));
        for (QLabel* value : {m_name, m_description, m_size, m_type, m_how, m_added, m_modified, m_incidents,
                              m_captured, m_camera, m_location, m_dimensions, m_duration})
            setRow(value, {});
        m_sha256->clear();
        m_shaValue.clear();
        m_form->setRowVisible(m_shaRow, false);
        m_form->setRowVisible(shaLabelRow(), false);
        m_metadataHeading->setVisible(false);
        return;
    }
    const evidence::Exhibit& e = record->exhibit;
    const evidence::MediaMetadata& m = e.metadata;
    m_heading->setText(tr("Exhibit %1").arg(e.label));
    setRow(m_name, e.originalName);
    setRow(m_description, e.description);
    setRow(m_size, tr("%1 (%2 bytes)")
                       .arg(QLocale().formattedDataSize(e.size, 1, QLocale::DataSizeTraditionalFormat),
                            QLocale().toString(e.size)));
    setRow(m_type, e.mediaType);
    const QString how = evidence::howObtainedName(e.howObtained);
    setRow(m_how, how.isEmpty() ? e.howObtained : how);
    setRow(m_added, dateTimeText(record->addedAt.toLocalTime()));
    setRow(m_modified, e.fileModified.isValid() ? dateTimeText(e.fileModified.toLocalTime()) : QString());
    setRow(m_incidents, incidents);
    // Two lines of 32, so the whole fingerprint shows in a narrow pane; Copy copies it in one piece.
    m_shaValue = e.sha256;
    m_sha256->setText(e.sha256.left(32) + QLatin1Char('\n') + e.sha256.mid(32));
    m_sha256->setAccessibleName(tr("SHA-256 fingerprint %1").arg(e.sha256));
    m_form->setRowVisible(m_shaRow, true);
    m_form->setRowVisible(shaLabelRow(), true);

    // The camera's clock has no time zone unless the file gives one: shown as written, not converted.
    QString captured;
    if (m.captured.isValid())
        captured = m.captured.timeSpec() == Qt::LocalTime
                       ? tr("%1 (by the camera's clock)").arg(dateTimeText(m.captured))
                       : dateTimeText(m.captured.toLocalTime());
    setRow(m_captured, captured);
    setRow(m_camera, QStringList{m.cameraMake, m.cameraModel}.join(QLatin1Char(' ')).trimmed());
    QString location;
    if (m.latitude && m.longitude) {
        location = tr("%1, %2", "latitude, longitude").arg(coordinate(*m.latitude), coordinate(*m.longitude));
        if (m.altitude)
            location = tr("%1 (%2 m above sea level)").arg(location, QLocale().toString(*m.altitude, 'f', 0));
    }
    setRow(m_location, location);
    setRow(m_dimensions, m.width > 0 && m.height > 0 ? tr("%1 × %2 pixels").arg(m.width).arg(m.height) : QString());
    setRow(m_duration, m.durationMs ? durationText(*m.durationMs) : QString());
    const bool anyMetadata = !captured.isEmpty() || !m_camera->text().isEmpty() || !location.isEmpty() ||
                             !m_dimensions->text().isEmpty() || !m_duration->text().isEmpty();
    m_metadataHeading->setVisible(anyMetadata);
}

} // namespace daymark::ui
