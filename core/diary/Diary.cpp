// Opening a diary and wiring its journal, repositories and signing key together.
#include "diary/Diary.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "crypto/Ed25519Key.h"
#include "diary/DiaryChecker.h"
#include "diary/DiaryJson.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"
#include "evidence/Journal.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"
#include "vault/Transaction.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

namespace daymark {

const Clock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace daymark

namespace daymark::diary {

Diary::Diary(std::unique_ptr<vault::Vault> vault, const Clock& clock) : m_vault(std::move(vault)), m_clock(clock)
{
    auto& db = m_vault->connection();
    m_journal = std::make_unique<evidence::Journal>(db, m_clock);
    m_incidents = std::make_unique<IncidentRepository>(db, *m_journal);
    m_people =
        std::make_unique<PersonRepository>(db, *m_journal, [this](const QUuid& id) { m_incidents->reindexPerson(id); });
    m_orders = std::make_unique<OrderRepository>(db, *m_journal);
    m_exhibits = std::make_unique<ExhibitRepository>(db, *m_journal);
}

Diary::~Diary() = default;

std::unique_ptr<Diary> Diary::create(const QString& path, const crypto::SecureBytes& password,
                                     const vault::VaultOptions& options, const Clock& clock)
{
    std::unique_ptr<Diary> diary(new Diary(vault::Vault::create(path, password, options), clock));
    try {
        diary->ensureGenesis();
    } catch (...) {
        // Not a usable diary yet: remove what this call created, so the name is free to try again.
        diary.reset();
        QFile::remove(path + QStringLiteral("-journal"));
        QFile::remove(path);
        throw;
    }
    return diary;
}

std::unique_ptr<Diary> Diary::open(const QString& path, const crypto::SecureBytes& password,
                                   const vault::VaultOptions& options, const Clock& clock)
{
    std::unique_ptr<Diary> diary(new Diary(vault::Vault::open(path, password, options), clock));
    if (!options.readOnly)
        diary->ensureGenesis(); // a diary whose creation was interrupted after the file was made
    return diary;
}

void Diary::ensureGenesis()
{
    auto& db = m_vault->connection();
    if (m_journal->headSeq() > 0)
        return;
    vault::Transaction transaction(db);
    const auto key = crypto::Ed25519Key::generate();
    const auto seed = key.seed();
    auto store = db.prepare("INSERT INTO signing_key(id, seed, public_key) VALUES (1, ?1, ?2)");
    store.bind(1, QByteArray::fromRawData(reinterpret_cast<const char*>(seed.data()), qsizetype(seed.size())))
        .bind(2, key.publicKey())
        .run();
    const QString id = m_vault->diaryId().toString(QUuid::WithoutBraces);
    const QJsonObject genesis{{QStringLiteral("diaryId"), id},
                              {QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey().toHex())},
                              {QStringLiteral("createdWith"), QStringLiteral("Daymark " DAYMARK_VERSION)}};
    m_journal->append(QStringLiteral("create"), QStringLiteral("diary"), id, {}, json::payload(genesis));
    transaction.commit();
}

QString Diary::fingerprint()
{
    return m_journal->fingerprint();
}

QByteArray Diary::signingPublicKey()
{
    auto stmt = m_vault->connection().prepare("SELECT public_key FROM signing_key WHERE id = 1");
    return stmt.step() ? stmt.columnBlob(0) : QByteArray();
}

crypto::Ed25519Key Diary::signingKey()
{
    auto stmt = m_vault->connection().prepare("SELECT seed FROM signing_key WHERE id = 1");
    if (!stmt.step())
        throw Error(Error::Kind::Corrupt,
                    QCoreApplication::translate("daymark::diary", "The diary's signing key is missing."));
    const QByteArray seed = stmt.columnBlob(0);
    return crypto::Ed25519Key::fromSeed(
        crypto::secureBytes({reinterpret_cast<const std::uint8_t*>(seed.constData()), size_t(seed.size())}));
}

DiaryCheckReport Diary::check()
{
    DiaryCheckReport report;
    report.file = m_vault->check();
    report.chain = DiaryChecker(m_vault->connection(), *m_journal).run(report.consistency);
    report.fingerprint = fingerprint();
    return report;
}

void Diary::lock()
{
    m_vault->lock();
}

} // namespace daymark::diary
