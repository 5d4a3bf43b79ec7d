// Deterministic incident and exhibit content for the crash test (see KillWorkload.h).
#include "KillWorkload.h"

#include "diary/IncidentType.h"

#include <QTimeZone>
#include <array>
#include <random>

namespace daymark::test::kill {

namespace {

std::mt19937_64 generatorFor(const QUuid& id, int version)
{
    const QByteArray raw = id.toRfc4122();
    std::seed_seq seq(raw.begin(), raw.end());
    std::mt19937_64 rng(seq);
    rng.discard(static_cast<unsigned long long>(version) * 7);
    return rng;
}

template <typename Rng> int pick(Rng& rng, int count)
{
    return static_cast<int>(rng() % static_cast<std::uint64_t>(count));
}

template <typename Rng> QString words(Rng& rng, int most)
{
    static const std::array<const char*, 16> kWords{
        "he",        "rang",  "again",        "outside",          "the",      "house",
        "café",      "naïve", "Zoë",          "\xF0\x9F\x98\xA8", "«quoted»", "line\nbreak",
        "tab\there", "Ærø",   "\xE2\x80\x8E", "message"};
    const int count = pick(rng, most + 1);
    QString text;
    for (int k = 0; k < count; ++k) {
        if (k > 0)
            text += QLatin1Char(' ');
        text += QString::fromUtf8(kWords[static_cast<std::size_t>(pick(rng, int(kWords.size())))]);
    }
    return text;
}

} // namespace

crypto::SecureBytes passwordFor(int index)
{
    return crypto::secureUtf8(QStringLiteral("kill test password %1").arg(index));
}

diary::Incident incidentFor(const QUuid& id, int version)
{
    auto rng = generatorFor(id, version);
    static const std::array<const char*, 5> kZones{"Europe/London", "UTC", "America/New_York", "Asia/Kolkata",
                                                   "Australia/Adelaide"};
    diary::Incident i;
    i.id = id;
    i.type = diary::typeAt(pick(rng, diary::kIncidentTypeCount));
    const QTimeZone zone(kZones[static_cast<std::size_t>(pick(rng, int(kZones.size())))]);
    const QDate day = QDate(2025, 1, 1).addDays(pick(rng, 500));
    i.start = QDateTime(day, QTime(pick(rng, 24), pick(rng, 60)), zone);
    if (!i.start.isValid()) // a wall-clock time the spring change skips
        i.start = QDateTime(day, QTime(12, 0), zone);
    if (pick(rng, 3) == 0)
        i.end = i.start.addSecs(60 * (1 + pick(rng, 240)));
    i.approximate = pick(rng, 4) == 0;
    i.summary = QStringLiteral("Kill test %1 v%2: %3")
                    .arg(id.toString(QUuid::WithoutBraces).left(8))
                    .arg(version)
                    .arg(words(rng, 6));
    // Mostly short, sometimes a long account (several pages of the diary's file).
    i.details = pick(rng, 10) == 0 ? words(rng, 3000) : words(rng, 60);
    i.channel = words(rng, 2);
    i.account = QStringLiteral("07700 9%1").arg(pick(rng, 100000), 5, 10, QLatin1Char('0'));
    i.place = words(rng, 4);
    if (pick(rng, 2) == 0) {
        // Multiples of 1/4096 survive any decimal round trip exactly.
        i.latitude = (pick(rng, 180 * 4096) - 90 * 4096) / 4096.0;
        i.longitude = (pick(rng, 360 * 4096) - 180 * 4096) / 4096.0;
    }
    i.impact = words(rng, 20);
    i.witnessNotes = words(rng, 5);
    i.childrenPresent = pick(rng, 2) == 0;
    i.reportedToPolice = pick(rng, 2) == 0;
    if (i.reportedToPolice) {
        i.policeReference = QStringLiteral("CAD %1").arg(pick(rng, 1000000));
        i.officer = words(rng, 2);
    }
    i.notes = words(rng, 30);
    for (int k = pick(rng, 4); k > 0; --k)
        i.tags << QStringLiteral("tag%1").arg(pick(rng, 50));
    i.tags.removeDuplicates();
    return i;
}

QString amendReasonFor(int version)
{
    return QStringLiteral("Kill test amendment making version %1").arg(version);
}

QByteArray exhibitBytesFor(std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    // Mostly small; one in 40 crosses the 1 MiB chunk boundary (more would make the diary, and each check, slow).
    const int size = pick(rng, 40) == 0 ? 1024 * 1024 - 4096 + pick(rng, 8192) : 1 + pick(rng, 16 * 1024);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype k = 0; k < bytes.size(); ++k)
        bytes[k] = static_cast<char>(rng() >> 56);
    return bytes;
}

bool sameZones(const diary::Incident& a, const diary::Incident& b)
{
    const auto same = [](const QDateTime& x, const QDateTime& y) {
        return x.timeZone() == y.timeZone() && x.offsetFromUtc() == y.offsetFromUtc();
    };
    return same(a.start, b.start) && a.end.has_value() == b.end.has_value() && (!a.end || same(*a.end, *b.end));
}

} // namespace daymark::test::kill
