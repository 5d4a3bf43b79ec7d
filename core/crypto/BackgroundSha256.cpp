// A bounded queue of shared byte arrays between the caller and one hashing thread.
#include "crypto/BackgroundSha256.h"

namespace daymark::crypto {

BackgroundSha256::BackgroundSha256() : m_thread([this] { run(); }) {}

BackgroundSha256::~BackgroundSha256()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closing = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundSha256::update(const QByteArray& bytes)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueued; });
    m_queue.push_back(bytes);
    lock.unlock();
    m_changed.notify_all();
}

Digest BackgroundSha256::finish()
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.empty() && !m_busy; });
        m_closing = true;
    }
    m_changed.notify_all();
    m_thread.join();
    return m_hash.finish();
}

void BackgroundSha256::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
        if (m_queue.empty())
            return;
        const QByteArray next = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        m_changed.notify_all();
        m_hash.update(next);
        lock.lock();
        m_busy = false;
        m_changed.notify_all();
    }
}

} // namespace daymark::crypto
