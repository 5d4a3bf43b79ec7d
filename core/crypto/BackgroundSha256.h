// SHA-256 taken on a second thread while the caller goes on reading and writing: for streams where hashing
// would otherwise be half the time (extracting an exhibit decrypts pages and hashes them; the two overlap).
#pragma once

#include "crypto/Sha256.h"

#include <QByteArray>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace daymark::crypto {

class BackgroundSha256
{
public:
    BackgroundSha256();
    ~BackgroundSha256(); // stops the thread; a digest not finished is discarded
    BackgroundSha256(const BackgroundSha256&) = delete;
    BackgroundSha256& operator=(const BackgroundSha256&) = delete;

    // Queues `bytes` (shared, not copied); waits while too much is already queued, so memory stays bounded.
    void update(const QByteArray& bytes);
    // Waits for everything queued, then returns the digest. Call once.
    Digest finish();

private:
    void run();

    static constexpr int kMaxQueued = 4;
    Sha256 m_hash;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    bool m_closing = false;
    bool m_busy = false;
    std::thread m_thread;
};

} // namespace daymark::crypto
