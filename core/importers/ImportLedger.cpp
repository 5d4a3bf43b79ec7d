// The import records in the journal, and the message keys.
#include "importers/ImportLedger.h"

#include "common/IsoTimeText.h"
#include "crypto/Sha256.h"
#include "evidence/Journal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace daymark::importers {

ImportLedger::ImportLedger(evidence::Journal& journal) : m_journal(journal)
{
    for (const auto& entry : m_journal.entriesFor(QLatin1String(kEntityId))) {
        const QJsonArray messages = QJsonDocument::fromJson(entry.payload).object().value(u"messages").toArray();
        for (const auto& m : messages)
            m_known.insert(QByteArray::fromBase64(m.toArray().at(0).toString().toLatin1()));
    }
}

void ImportLedger::add(const QByteArray& key, const QUuid& incident, const QString& source, int file)
{
    m_known.insert(key);
    m_added.push_back({key, incident, source, file});
}

void ImportLedger::append(QJsonObject about)
{
    QJsonArray messages;
    for (const Added& a : m_added) {
        QJsonArray m{QString::fromLatin1(a.key.toBase64()), a.incident.toString(QUuid::WithoutBraces), a.source};
        if (a.file > 0)
            m.append(a.file);
        messages.append(m);
    }
    about.insert(QStringLiteral("messages"), messages);
    m_journal.append(QStringLiteral("import"), QStringLiteral("import"), QLatin1String(kEntityId), {},
                     QJsonDocument(about).toJson(QJsonDocument::Compact));
}

QList<ImportLedger::Source> ImportLedger::sourcesOf(evidence::Journal& journal, const QUuid& incident)
{
    const QString id = incident.toString(QUuid::WithoutBraces);
    QList<Source> out;
    for (const auto& entry : journal.entriesFor(QLatin1String(kEntityId))) {
        const QJsonObject o = QJsonDocument::fromJson(entry.payload).object();
        const QJsonArray files = o.value(u"exhibits").toArray();
        for (const auto& value : o.value(u"messages").toArray()) {
            const QJsonArray m = value.toArray();
            if (m.at(1).toString() != id)
                continue;
            // Records before "exhibits" existed, and single-file imports, name one exhibit for every message.
            const int file = m.size() > 3 ? m.at(3).toInt() : 0;
            const QJsonObject exhibit = file > 0 && file < files.size() ? files.at(file).toObject() : o;
            out.append({QUuid::fromString(exhibit.value(u"exhibit").toString()), exhibit.value(u"label").toString(),
                        m.at(2).toString()});
        }
    }
    return out;
}

QByteArray MessageKeys::next(const ImportedMessage& m)
{
    // Wall-clock times are keyed as written; instants in UTC. Fields are separated by a character no field holds.
    const QString time =
        m.floating ? isoTimeText(m.time, IsoFraction::Seconds) : QString::number(m.time.toMSecsSinceEpoch());
    const QString who = !m.senderAddress.isEmpty() ? m.senderAddress : m.senderName;
    const QString peer = m.direction == Direction::Outgoing ? m.recipients.join(u',') : QString();
    if (m.kind == MessageKind::Email && !m.messageId.isEmpty()) {
        // An e-mail is known by its Message-ID with its date, sender and subject (a Message-ID alone can be reused):
        // found again in another mailbox or saved as an .eml, it is the same message, not a repeat.
        const QByteArray email =
            QStringList{m_family, kindCode(m.kind), time, who, m.subject, m.messageId}.join(QChar(0x1F)).toUtf8();
        const auto d = crypto::Sha256::of(email);
        return QByteArray(reinterpret_cast<const char*>(d.data()), static_cast<qsizetype>(d.size()));
    }
    QByteArray base =
        QStringList{m_family, kindCode(m.kind), time, who, peer, m.subject, m.text, QString::number(m.durationSeconds)}
            .join(QChar(0x1F))
            .toUtf8();
    const QByteArray digest = crypto::Sha256::hexOf(base);
    const int count = m_seen[digest]++;
    base += '\x1F' + QByteArray::number(count);
    const auto d = crypto::Sha256::of(base);
    return QByteArray(reinterpret_cast<const char*>(d.data()), static_cast<qsizetype>(d.size()));
}

QString sourceText(const SourcePosition& p)
{
    if (p.unit == SourcePosition::Unit::Element)
        return QCoreApplication::translate("daymark::importers", "element %1").arg(p.first);
    if (p.last > p.first)
        return QCoreApplication::translate("daymark::importers", "lines %1-%2").arg(p.first).arg(p.last);
    return QCoreApplication::translate("daymark::importers", "line %1").arg(p.first);
}

} // namespace daymark::importers

namespace daymark::importers {

QString sourceCode(const SourcePosition& p)
{
    if (p.unit == SourcePosition::Unit::Element)
        return u'E' + QString::number(p.first);
    return u'L' + QString::number(p.first) + (p.last > p.first ? u'-' + QString::number(p.last) : QString());
}

} // namespace daymark::importers
