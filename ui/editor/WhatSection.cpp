// The type list uses the timeline's icons and names, so a type looks the same wherever it appears.
#include "editor/WhatSection.h"

#include "timeline/TimelineText.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace daymark::ui {

WhatSection::WhatSection(QWidget* parent)
    : EditorSection(tr("What"), QString(), parent), m_type(new QComboBox(this)), m_summary(new QLineEdit(this)),
      m_details(new QPlainTextEdit(this)), m_channel(new QLineEdit(this)), m_account(new QLineEdit(this)),
      m_tags(new QLineEdit(this))
{
    m_type->setObjectName(QStringLiteral("editorType"));
    for (int i = 0; i < diary::kIncidentTypeCount; ++i) {
        const diary::IncidentType type = diary::typeAt(i);
        m_type->addItem(timelineText::typeIcon(type), diary::typeName(type), static_cast<int>(type));
    }
    m_type->setMaxVisibleItems(diary::kIncidentTypeCount);
    m_summary->setObjectName(QStringLiteral("editorSummary"));
    m_summary->setPlaceholderText(tr("In a few words, e.g. “He rang from a withheld number”"));
    m_details->setObjectName(QStringLiteral("editorDetails"));
    m_details->setTabChangesFocus(true);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_details->setPlaceholderText(tr("What was said or done, in the exact words if you know them."));
    m_channel->setObjectName(QStringLiteral("editorChannel"));
    m_channel->setPlaceholderText(tr("e.g. phone, WhatsApp, Instagram, in person"));
    const QStringList channels{QStringLiteral("phone"),     QStringLiteral("text message"), QStringLiteral("WhatsApp"),
                               QStringLiteral("Instagram"), QStringLiteral("Facebook"),     QStringLiteral("e-mail"),
                               QStringLiteral("in person")};
    auto* completer = new QCompleter(channels, m_channel);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_channel->setCompleter(completer);
    m_account->setObjectName(QStringLiteral("editorAccount"));
    m_account->setPlaceholderText(tr("The number, address or account name used"));
    m_tags->setObjectName(QStringLiteral("editorTags"));
    m_tags->setPlaceholderText(tr("Words to find it by, separated by commas"));

    addRow(tr("T&ype:"), m_type);
    addRow(tr("&Summary:"), m_summary);
    addRow(tr("Wha&t happened:"), m_details);
    addRow(tr("Channel or platfor&m:"), m_channel);
    addRow(tr("Number or acc&ount:"), m_account);
    addRow(tr("Ta&gs:"), m_tags);
}

QStringList WhatSection::parseTags(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}

void WhatSection::load(const diary::Incident& incident)
{
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(incident.type)));
    m_summary->setText(incident.summary);
    m_details->setPlainText(incident.details);
    m_channel->setText(incident.channel);
    m_account->setText(incident.account);
    m_tags->setText(incident.tags.join(QStringLiteral(", ")));
}

void WhatSection::store(diary::Incident& incident) const
{
    incident.type = static_cast<diary::IncidentType>(m_type->currentData().toInt());
    incident.summary = m_summary->text().trimmed();
    incident.details = m_details->toPlainText();
    incident.channel = m_channel->text().trimmed();
    incident.account = m_account->text().trimmed();
    incident.tags = parseTags(m_tags->text());
}

QString WhatSection::problem(QWidget** field) const
{
    if (m_summary->text().trimmed().isEmpty()) {
        *field = m_summary;
        return tr("The summary is empty. Say in a few words what happened, so it can be found in the timeline.");
    }
    return {};
}

} // namespace daymark::ui
