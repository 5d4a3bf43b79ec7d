// A new diary in a temporary folder with a settable clock, and sample values, for tests of the diary domain.
#pragma once

#include "TestVault.h"

#include "common/Clock.h"
#include "diary/Diary.h"
#include "diary/Incident.h"
#include "diary/Person.h"
#include "diary/ProtectionOrder.h"

#include <QTimeZone>
#include <memory>

namespace daymark::test {

struct TestDiary
{
    TestDiary() : clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC))
    {
        path = dir.filePath(QStringLiteral("test.daymark"));
        diary = diary::Diary::create(path, pw("pw"), fastOptions(), clock);
    }
    diary::Diary* operator->() { return diary.get(); }
    void reopen()
    {
        diary.reset();
        diary = diary::Diary::open(path, pw("pw"), fastOptions(), clock);
    }

    QTemporaryDir dir;
    ManualClock clock;
    QString path;
    std::unique_ptr<diary::Diary> diary;
};

inline QDateTime london(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/London"));
}

inline diary::Incident sampleIncident(const QString& summary = QStringLiteral("He rang from a withheld number"),
                                      QDateTime start = london(2026, 2, 27, 21, 40))
{
    diary::Incident i;
    i.type = diary::IncidentType::Call;
    i.start = start;
    i.summary = summary;
    i.details = QStringLiteral("He said \"you can't hide from me, I know where you park\".");
    i.channel = QStringLiteral("phone");
    i.account = QStringLiteral("withheld");
    i.place = QStringLiteral("At home");
    i.impact = QStringLiteral("I could not sleep and checked the locks twice.");
    i.tags = {QStringLiteral("night")};
    return i;
}

inline diary::Person samplePerson(const QString& name = QStringLiteral("Daniel Fenwick"))
{
    diary::Person p;
    p.role = diary::PersonRole::Stalker;
    p.name = name;
    p.aliases = {QStringLiteral("Dan")};
    p.relationship = QStringLiteral("ex-partner");
    p.phones = {QStringLiteral("07700 900123")};
    p.vehicles = {
        {QStringLiteral("Ford"), QStringLiteral("Focus"), QStringLiteral("silver"), QStringLiteral("AB12 CDE")}};
    return p;
}

inline diary::ProtectionOrder sampleOrder()
{
    diary::ProtectionOrder o;
    o.kind = diary::OrderKind::StalkingProtection;
    o.court = QStringLiteral("Teesside Magistrates' Court");
    o.made = QDate(2026, 1, 10);
    o.expires = QDate(2028, 1, 10);
    o.conditions = {{0, QStringLiteral("Must not contact her directly or indirectly.")},
                    {0, QStringLiteral("Must not enter Elm Grove.")}};
    return o;
}

} // namespace daymark::test
