// An open diary: the vault plus its journal, repositories and signing key. What the CLI and the UI hold.
#pragma once

#include "crypto/SecureBytes.h"
#include "diary/DiaryCheckReport.h"
#include "vault/VaultOptions.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace daymark {
class Clock;
const Clock& systemClock();
} // namespace daymark
namespace daymark::vault {
class Vault;
}
namespace daymark::evidence {
class Journal;
}
namespace daymark::crypto {
class Ed25519Key;
}

namespace daymark::diary {

class ExhibitRepository;
class IncidentRepository;
class PersonRepository;
class OrderRepository;

class Diary
{
public:
    // Creates the file, its signing key and the journal's first record. Throws Error.
    static std::unique_ptr<Diary> create(const QString& path, const crypto::SecureBytes& password,
                                         const vault::VaultOptions& options = {}, const Clock& clock = systemClock());
    static std::unique_ptr<Diary> open(const QString& path, const crypto::SecureBytes& password,
                                       const vault::VaultOptions& options = {}, const Clock& clock = systemClock());
    ~Diary();

    vault::Vault& vault() { return *m_vault; }
    evidence::Journal& journal() { return *m_journal; }
    IncidentRepository& incidents() { return *m_incidents; }
    PersonRepository& people() { return *m_people; }
    OrderRepository& orders() { return *m_orders; }
    ExhibitRepository& exhibits() { return *m_exhibits; }
    const Clock& clock() const { return m_clock; }

    // The journal head as a short code to read aloud or write down ("7K3Q-M9XA-…").
    QString fingerprint();
    QByteArray signingPublicKey();
    crypto::Ed25519Key signingKey();

    // The file (every page), the journal chain, and that the current data is what the journal says.
    DiaryCheckReport check();

    void lock();

private:
    Diary(std::unique_ptr<vault::Vault> vault, const Clock& clock);
    void ensureGenesis();

    std::unique_ptr<vault::Vault> m_vault;
    const Clock& m_clock;
    std::unique_ptr<evidence::Journal> m_journal;
    std::unique_ptr<IncidentRepository> m_incidents;
    std::unique_ptr<PersonRepository> m_people;
    std::unique_ptr<OrderRepository> m_orders;
    std::unique_ptr<ExhibitRepository> m_exhibits;
};

} // namespace daymark::diary
