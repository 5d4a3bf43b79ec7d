// The time source for everything core records, so tests (and the demo generator) can set the time.
#pragma once

#include <QDateTime>

namespace daymark {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stays where it is set; for tests and for generating demo diaries.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now) : m_now(now.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace daymark
