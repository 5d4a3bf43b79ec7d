// A write transaction that rolls back unless committed, so an exception never leaves half a change behind.
// Nested inside another (e.g. a batch import around many single changes) it becomes a savepoint.
#pragma once

namespace daymark::vault {

class SqlConnection;

class Transaction
{
public:
    explicit Transaction(SqlConnection& connection); // BEGIN IMMEDIATE, or SAVEPOINT when nested
    ~Transaction();                                  // rolls back unless committed
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit(); // durable on return (synchronous=FULL) unless nested; then it is kept when the outer commits

private:
    SqlConnection& m_connection;
    bool m_nested;
    bool m_open = true;
};

} // namespace daymark::vault
