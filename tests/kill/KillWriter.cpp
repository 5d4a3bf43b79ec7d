// The crash test's writer: opens a diary and, until it is killed (or has done OPS operations), adds incidents,
// amends them, attaches exhibits and changes the password through the core API. After each change has been
// committed it prints one line on stdout, so the harness knows what must survive a SIGKILL:
//   opened K                           the diary opened with password K
//   saved N ID                         incident number N was added (content: incidentFor(ID, 1))
//   amended N ID V                     incident N now has version V (content: incidentFor(ID, V))
//   exhibit LABEL ID INCIDENT SHA256   an exhibit was attached to INCIDENT (bytes: exhibitBytesFor(seed))
//   passwd begin K / passwd done K     a change to password K started / returned
// usage: daymark-kill-writer DIARY SEED PASSWORD-INDEX [OPS]
#include "KillWorkload.h"
#include "TestVault.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <cstdio>
#include <random>
#include <vector>

using namespace daymark;
using namespace daymark::test::kill;

namespace {

void say(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

struct Known
{
    QUuid id;
    qint64 number = 0;
    int version = 1;
};

class Writer
{
public:
    Writer(QString path, std::uint64_t seed, int passwordIndex)
        : m_path(std::move(path)), m_rng(seed), m_passwordIndex(passwordIndex)
    {
        open();
        // Amendments and exhibits go to the newest incidents and to those this run adds.
        for (const auto& record : m_diary->incidents().list({}, 30))
            m_known.push_back({record.incident.id, record.number, record.version});
    }

    void step()
    {
        const int roll = static_cast<int>(m_rng() % 100);
        if (roll < 50 || m_known.empty())
            add();
        else if (roll < 72)
            amend();
        else if (roll < 88)
            attach();
        else
            changePassword();
    }

private:
    void open()
    {
        m_diary = diary::Diary::open(m_path, passwordFor(m_passwordIndex), test::fastOptions());
        say(QStringLiteral("opened %1").arg(m_passwordIndex));
    }

    Known& anyKnown() { return m_known[static_cast<size_t>(m_rng() % m_known.size())]; }

    void add()
    {
        const QUuid id = QUuid::createUuid();
        const auto record = m_diary->incidents().add(incidentFor(id, 1));
        say(QStringLiteral("saved %1 %2").arg(record.number).arg(idText(id)));
        m_known.push_back({id, record.number, 1});
    }

    void amend()
    {
        Known& known = anyKnown();
        const int version = known.version + 1;
        const auto record = m_diary->incidents().amend(incidentFor(known.id, version), amendReasonFor(version));
        known.version = record.version;
        say(QStringLiteral("amended %1 %2 %3").arg(known.number).arg(idText(known.id)).arg(record.version));
    }

    void attach()
    {
        const Known& known = anyKnown();
        const std::uint64_t seed = m_rng();
        const auto result =
            m_diary->exhibits().attachData(known.id, exhibitBytesFor(seed), QStringLiteral("kill-%1.bin").arg(seed));
        const auto& exhibit = result.record.exhibit;
        say(QStringLiteral("exhibit %1 %2 %3 %4 %5")
                .arg(exhibit.label, idText(exhibit.id), idText(known.id), exhibit.sha256)
                .arg(seed));
    }

    void changePassword()
    {
        const int next = m_passwordIndex + 1;
        say(QStringLiteral("passwd begin %1").arg(next));
        m_diary->vault().changePassword(passwordFor(next));
        say(QStringLiteral("passwd done %1").arg(next));
        m_passwordIndex = next;
        // The repositories hold the connection the change replaced: open the diary afresh, as the app would.
        m_diary.reset();
        open();
    }

    QString m_path;
    std::mt19937_64 m_rng;
    int m_passwordIndex;
    std::unique_ptr<diary::Diary> m_diary;
    std::vector<Known> m_known;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4 || argc > 5) {
        std::fprintf(stderr, "usage: %s DIARY SEED PASSWORD-INDEX [OPS]\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const std::uint64_t seed = QByteArray(argv[2]).toULongLong();
    const int passwordIndex = QByteArray(argv[3]).toInt();
    const long long ops = argc == 5 ? QByteArray(argv[4]).toLongLong() : -1;
    try {
        Writer writer(path, seed, passwordIndex);
        for (long long done = 0; ops < 0 || done < ops; ++done)
            writer.step();
    } catch (const Error& error) {
        std::fprintf(stderr, "daymark-kill-writer: %s\n",
                     qPrintable(error.message() + QLatin1Char(' ') + error.detail()));
        return 1;
    }
    return 0;
}
