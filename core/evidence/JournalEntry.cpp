// The canonical encoding and hash of a journal record.
#include "evidence/JournalEntry.h"

#include "common/IsoTimeText.h"
#include "crypto/Sha256.h"

#include <QtEndian>

namespace daymark::evidence {
namespace {

void addField(crypto::Sha256& hash, const QByteArray& bytes)
{
    std::uint8_t length[4];
    qToBigEndian<quint32>(static_cast<quint32>(bytes.size()), length);
    hash.update(std::span<const std::uint8_t>(length, 4));
    hash.update(bytes);
}

} // namespace

QString JournalEntry::timeText(const QDateTime& utc)
{
    return utc.isValid() ? isoTimeText(utc.toUTC(), IsoFraction::Milliseconds) + u'Z' : QString();
}

QByteArray JournalEntry::computeHash() const
{
    crypto::Sha256 h;
    h.update(QByteArrayLiteral("daymark-journal-v1"));
    h.update(prevHash);
    std::uint8_t number[8];
    qToBigEndian<quint64>(static_cast<quint64>(seq), number);
    h.update(std::span<const std::uint8_t>(number, 8));
    addField(h, timeText(recordedAt).toUtf8());
    addField(h, action.toUtf8());
    addField(h, entity.toUtf8());
    addField(h, entityId.toUtf8());
    addField(h, reason.toUtf8());
    addField(h, payload);
    const auto digest = h.finish();
    return QByteArray(reinterpret_cast<const char*>(digest.data()), static_cast<qsizetype>(digest.size()));
}

} // namespace daymark::evidence
