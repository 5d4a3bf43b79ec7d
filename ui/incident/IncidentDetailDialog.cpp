// Fields are grouped as the editor will be (when / what / where / who / impact / police / notes). Empty fields
// are left out so what is there is easy to read; every value is selectable so it can be copied.
#include "incident/IncidentDetailDialog.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/Incident.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"
#include "timeline/TimelineText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

QString when(const QDateTime& time)
{
    // The incident's own zone, named, so a time written abroad is not silently shifted.
    return QObject::tr("%1 at %2 (%3)", "date, time, time zone")
        .arg(QLocale().toString(time.date(), QLocale::LongFormat), timelineText::timeText(time.time()),
             time.timeZoneAbbreviation());
}

// "3 hours later": how long after the incident it was written down (the gap is shown, never hidden).
QString gap(const QDateTime& happened, const QDateTime& recorded)
{
    const qint64 minutes = happened.secsTo(recorded) / 60;
    if (minutes < 0)
        return QObject::tr("written down before the time given for it");
    // Singular and plural as whole sentences: the source language has no translation file to supply "%n"'s forms.
    if (minutes < 1)
        return QObject::tr("within a minute of it happening");
    if (minutes == 1)
        return QObject::tr("a minute after it happened");
    if (minutes < 60)
        return QObject::tr("%1 minutes after it happened").arg(minutes);
    if (minutes < 120)
        return QObject::tr("an hour after it happened");
    if (minutes < 48 * 60)
        return QObject::tr("%1 hours after it happened").arg(minutes / 60);
    return QObject::tr("%1 days after it happened").arg(minutes / (24 * 60));
}

QString yesNo(bool value)
{
    return value ? QObject::tr("Yes") : QObject::tr("No");
}

// One form for all sections, so the values line up; a section's heading appears only when it has a field.
class Sections
{
public:
    Sections(QWidget* parent, QVBoxLayout* column) : m_parent(parent), m_form(new QFormLayout)
    {
        m_form->setLabelAlignment(Qt::AlignLeft);
        m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        column->addLayout(m_form);
    }

    void section(const QString& title) { m_pending = title; }

    void field(const QString& label, const QString& value, const char* objectName = nullptr)
    {
        if (value.trimmed().isEmpty())
            return;
        if (!m_pending.isEmpty()) {
            auto* heading = new QLabel(m_pending, m_parent);
            QFont font = heading->font();
            font.setBold(true);
            heading->setFont(font);
            heading->setContentsMargins(0, 12, 0, 2);
            m_form->addRow(heading);
            m_pending.clear();
        }
        auto* text = new QLabel(value, m_parent);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        if (objectName)
            text->setObjectName(QString::fromLatin1(objectName));
        auto* name = new QLabel(label, m_parent);
        name->setBuddy(text);
        m_form->addRow(name, text);
    }

private:
    QWidget* m_parent;
    QFormLayout* m_form;
    QString m_pending;
};

QString personName(diary::Diary& diary, const QUuid& id)
{
    try {
        if (auto person = diary.people().find(id))
            return person->person.name;
    } catch (const Error&) {
    }
    return QObject::tr("(a person no longer in the diary)");
}

QStringList personNames(diary::Diary& diary, const QList<QUuid>& ids)
{
    QStringList names;
    for (const QUuid& id : ids)
        names << personName(diary, id);
    return names;
}

QStringList breachLines(diary::Diary& diary, const QList<diary::BreachLink>& links)
{
    QStringList lines;
    for (const diary::BreachLink& link : links) {
        QString order = QObject::tr("an order no longer in the diary");
        QString condition;
        try {
            if (auto record = diary.orders().find(link.order)) {
                order = record->order.reference.isEmpty()
                            ? diary::orderKindName(record->order.kind)
                            : QObject::tr("%1, %2", "order kind, reference")
                                  .arg(diary::orderKindName(record->order.kind), record->order.reference);
                if (const auto* c = record->order.condition(link.condition))
                    condition = c->text;
            }
        } catch (const Error&) {
        }
        lines << (condition.isEmpty()
                      ? QObject::tr("%1, condition %2").arg(order).arg(link.condition)
                      : QObject::tr("%1, condition %2: %3").arg(order).arg(link.condition).arg(condition));
    }
    return lines;
}

} // namespace

IncidentDetailDialog::IncidentDetailDialog(const diary::IncidentRecord& record, diary::Diary& diary, QWidget* parent)
    : QDialog(parent)
{
    const diary::Incident& i = record.incident;
    setObjectName(QStringLiteral("incidentDetail"));
    setWindowTitle(tr("Incident no. %1").arg(QLocale().toString(record.number)));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(620, 640);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    auto* title = new QLabel(i.summary, content);
    title->setObjectName(QStringLiteral("detailSummary"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    column->addWidget(title);

    Sections s(content, column);
    s.section(tr("When"));
    s.field(tr("Happened:"), when(i.start), "detailStart");
    if (i.end)
        s.field(tr("Until:"), when(*i.end));
    s.field(tr("Time is:"), i.approximate ? tr("Approximate, a best guess") : tr("As written"), "detailApproximate");
    s.field(tr("Recorded:"),
            tr("%1, %2", "when recorded, how long after")
                .arg(when(record.recordedAt.toLocalTime()), gap(i.start, record.recordedAt)),
            "detailRecorded");
    s.field(tr("Amended:"),
            record.amended() ? tr("Yes: this is version %1, last changed %2")
                                   .arg(record.version)
                                   .arg(when(record.lastChangedAt.toLocalTime()))
                             : tr("No, as first written"),
            "detailAmended");
    if (record.deleted)
        s.field(tr("Deleted:"), tr("Yes. Reason: %1").arg(record.deletionReason), "detailDeleted");

    s.section(tr("What"));
    s.field(tr("Type:"), diary::typeName(i.type), "detailType");
    s.field(tr("What happened:"), i.details, "detailDetails");
    s.field(tr("Channel:"), i.channel, "detailChannel");
    s.field(tr("Number or account:"), i.account, "detailAccount");
    s.field(tr("Tags:"), QLocale().createSeparatedList(i.tags));

    s.section(tr("Where"));
    s.field(tr("Place:"), i.place, "detailPlace");
    if (i.latitude && i.longitude)
        s.field(tr("Coordinates:"),
                tr("%1, %2").arg(QLocale().toString(*i.latitude, 'f', 5), QLocale().toString(*i.longitude, 'f', 5)));

    s.section(tr("Who"));
    s.field(tr("People involved:"), personNames(diary, i.people).join(QLatin1Char('\n')), "detailPeople");
    s.field(tr("Witnesses:"), personNames(diary, i.witnesses).join(QLatin1Char('\n')));
    s.field(tr("Other witnesses:"), i.witnessNotes);
    s.field(tr("Children present:"), yesNo(i.childrenPresent));

    s.section(tr("Impact"));
    s.field(tr("Effect on you:"), i.impact, "detailImpact");

    s.section(tr("Police and orders"));
    s.field(tr("Reported to police:"), yesNo(i.reportedToPolice), "detailReported");
    s.field(tr("Police reference:"), i.policeReference, "detailPoliceReference");
    s.field(tr("Officer:"), i.officer);
    s.field(tr("Possible breach of:"), breachLines(diary, i.breaches).join(QLatin1Char('\n')), "detailBreaches");

    s.section(tr("Exhibits and notes"));
    s.field(tr("Exhibits:"), QLocale().toString(record.exhibitCount), "detailExhibits");
    s.field(tr("Private notes:"), i.notes, "detailNotes");
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    edit->setObjectName(QStringLiteral("detailEdit"));
    edit->setToolTip(tr("Change this incident; the version shown here stays in its history"));
    if (record.deleted) {
        edit->setEnabled(false);
        edit->setToolTip(tr("A deleted incident cannot be changed; restore it first"));
    }
    auto* history = buttons->addButton(tr("&History…"), QDialogButtonBox::ActionRole);
    history->setObjectName(QStringLiteral("detailHistory"));
    history->setToolTip(tr("Every version of this incident, side by side"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QUuid id = i.id;
    connect(edit, &QPushButton::clicked, this, [this, id] {
        Q_EMIT editRequested(id);
        accept(); // the editor takes its place, so two views of the same incident never disagree
    });
    connect(history, &QPushButton::clicked, this, [this, id] { Q_EMIT historyRequested(id); });
}

void IncidentDetailDialog::showEvent(QShowEvent* event)
{
    if (auto* edit = findChild<QPushButton*>(QStringLiteral("detailEdit")))
        edit->setVisible(isSignalConnected(QMetaMethod::fromSignal(&IncidentDetailDialog::editRequested)));
    if (auto* history = findChild<QPushButton*>(QStringLiteral("detailHistory")))
        history->setVisible(isSignalConnected(QMetaMethod::fromSignal(&IncidentDetailDialog::historyRequested)));
    QDialog::showEvent(event);
}

} // namespace daymark::ui
