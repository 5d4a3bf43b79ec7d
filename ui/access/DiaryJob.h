// Runs one slow vault operation (creating or opening a diary: about a second of key derivation) on a worker
// thread and reports back on the UI thread, so the window stays responsive meanwhile.
#pragma once

#include "common/Error.h"
#include "vault/Vault.h"

#include <QFutureWatcher>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace daymark::ui {

class VaultJob : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker thread; the vault it returns is handed to the UI thread. Throws daymark::Error.
    using Work = std::function<std::unique_ptr<vault::Vault>()>;

    explicit VaultJob(QObject* parent = nullptr);
    // Waits for a job still running (at most the key-derivation time), so no vault outlives its page unseen.
    ~VaultJob() override;

    void start(Work work);
    bool isRunning() const { return m_running; }
    // The vault made by the last job that succeeded; empty once taken.
    std::unique_ptr<vault::Vault> takeVault() { return std::move(m_vault); }

Q_SIGNALS:
    void succeeded();
    // `message` is a full sentence to show a person as it is.
    void failed(daymark::Error::Kind kind, const QString& message);

private:
    struct Outcome
    {
        std::unique_ptr<vault::Vault> vault;
        std::optional<Error> error;
    };
    void finish();

    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    std::unique_ptr<vault::Vault> m_vault;
    bool m_running = false;
};

} // namespace daymark::ui
