// Tests for evidence/Journal: an append-only hash chain that notices any change and gives a readable fingerprint.
#include "Catch.h"
#include "TestDiary.h"

#include "common/IsoTimeText.h"
#include "diary/IncidentRepository.h"
#include "evidence/Journal.h"
#include "vault/SqlConnection.h"
#include "vault/Transaction.h"
#include "vault/Vault.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <random>

using namespace daymark;
using namespace daymark::test;

TEST_CASE("a new diary's journal starts with one record naming the diary and its signing key")
{
    TestDiary t;
    auto& journal = t->journal();
    REQUIRE(journal.headSeq() == 1);
    const auto first = journal.entries().at(0);
    CHECK(first.action == QStringLiteral("create"));
    CHECK(first.entity == QStringLiteral("diary"));
    CHECK(first.prevHash == QByteArray(32, '\0'));
    CHECK(first.payload.contains(t->signingPublicKey().toHex()));
    CHECK(t->signingPublicKey().size() == 32);
    CHECK(journal.verify().ok());
}

TEST_CASE("every change appends a record linked to the one before")
{
    TestDiary t;
    const auto record = t->incidents().add(sampleIncident());
    t.clock.advance(60);
    auto changed = record.incident;
    changed.summary = QStringLiteral("He rang twice from a withheld number");
    t->incidents().amend(changed, QStringLiteral("Checked the call log"));
    const auto entries = t->journal().entries();
    REQUIRE(entries.size() == 3);
    for (size_t k = 1; k < entries.size(); ++k) {
        CHECK(entries[k].seq == qint64(k + 1));
        CHECK(entries[k].prevHash == entries[k - 1].hash);
        CHECK(entries[k].computeHash() == entries[k].hash);
    }
    CHECK(entries[2].action == QStringLiteral("amend"));
    CHECK(entries[2].reason == QStringLiteral("Checked the call log"));
    CHECK(entries[2].recordedAt == QDateTime(QDate(2026, 3, 1), QTime(9, 1), Qt::UTC));
}

TEST_CASE("journal records cannot be updated or deleted, even with SQL")
{
    TestDiary t;
    t->incidents().add(sampleIncident());
    auto& db = t->vault().connection();
    CHECK_THROWS(db.exec("UPDATE journal SET reason = 'rewritten' WHERE seq = 2"));
    CHECK_THROWS(db.exec("DELETE FROM journal WHERE seq = 2"));
    CHECK(t->journal().headSeq() == 2);
}

TEST_CASE("appending outside a transaction is refused")
{
    TestDiary t;
    CHECK_THROWS(t->journal().append(QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("y"), {}, "{}"));
}

TEST_CASE("recorded times never go backwards even when the clock does")
{
    TestDiary t;
    t->incidents().add(sampleIncident());
    t.clock.advance(-3600);
    t->incidents().add(sampleIncident(QStringLiteral("Second")));
    const auto entries = t->journal().entries();
    CHECK(entries[2].recordedAt == entries[1].recordedAt);
    CHECK(t->journal().verify().ok());
}

TEST_CASE("the fingerprint is four groups of base32, and changes with every change")
{
    TestDiary t;
    const QString before = t->fingerprint();
    CHECK(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$"))
              .match(before)
              .hasMatch());
    t->incidents().add(sampleIncident());
    CHECK(t->fingerprint() != before);
    CHECK(evidence::Journal::fingerprintOf(QByteArray(32, '\0')) == QStringLiteral("0000-0000-0000-0000"));
    CHECK(evidence::Journal::fingerprintOf(QByteArray(32, '\xff')) == QStringLiteral("ZZZZ-ZZZZ-ZZZZ-ZZZZ"));
}

TEST_CASE("a change and its journal record are saved together or not at all")
{
    TestDiary t;
    auto bad = sampleIncident();
    bad.people = {QUuid::createUuid()}; // refused by validation
    CHECK_THROWS(t->incidents().add(bad));
    CHECK(t->journal().headSeq() == 1);
    {
        vault::Transaction outer(t->vault().connection());
        t->incidents().add(sampleIncident());
        // no commit: the incident and its record go together
    }
    CHECK(t->journal().headSeq() == 1);
    CHECK(t->incidents().count({}) == 0);
}

TEST_CASE("recorded times are written exactly as Qt's format yyyy-MM-ddTHH:mm:ss.zzzZ would write them")
{
    // The hand-written formatter feeds every record's hash, so it must never drift from the text older diaries hold.
    std::mt19937_64 rng(2026);
    const qint64 from = QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()).toMSecsSinceEpoch();
    std::uniform_int_distribution<qint64> pick(from, to);
    std::vector<QDateTime> times{
        QDateTime(QDate(2026, 3, 29), QTime(0, 59, 59, 999), QTimeZone::utc()),
        QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone("Europe/London")),
        QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()),
        QDateTime(QDate(12345, 6, 7), QTime(8, 9, 10, 11), QTimeZone::utc()), // past four digits: Qt's own text
    };
    for (int k = 0; k < 2000; ++k)
        times.push_back(QDateTime::fromMSecsSinceEpoch(pick(rng), QTimeZone::utc()));
    for (const QDateTime& t : times) {
        INFO(t.toString(Qt::ISODateWithMs).toStdString());
        CHECK(evidence::JournalEntry::timeText(t) == t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    }
}

TEST_CASE("date-time text without milliseconds matches Qt's format too, in any zone")
{
    std::mt19937_64 rng(29);
    std::uniform_int_distribution<qint64> pick(-62135596800000, 253402300799999); // years 1 to 9999
    const QTimeZone zones[] = {QTimeZone::utc(), QTimeZone("Europe/London"), QTimeZone("Asia/Kolkata"),
                               QTimeZone("America/St_Johns")};
    for (int k = 0; k < 2000; ++k) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(pick(rng), zones[k % 4]);
        INFO(t.toString(Qt::ISODateWithMs).toStdString());
        CHECK(isoTimeText(t, IsoFraction::Seconds) == t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        CHECK(isoTimeText(t, IsoFraction::Milliseconds) == t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")));
    }
    CHECK(isoTimeText(QDateTime(), IsoFraction::Seconds).isEmpty());
    CHECK(evidence::JournalEntry::timeText(QDateTime()).isEmpty());
}
