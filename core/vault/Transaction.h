// A write transaction that rolls back unless committed, so an exception never leaves half a change behind.
// Nested inside another (a batch of many changes, such as an import) it joins the outer one: committing it keeps its
// changes for the outer commit, and a nested failure makes the whole batch roll back.
#pragma once

namespace daymark::vault {

class SqlConnection;

class Transaction
{
public:
    explicit Transaction(SqlConnection& connection); // BEGIN IMMEDIATE, or joins the open transaction
    ~Transaction();                                  // rolls back unless committed (nested: dooms the outer one)
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Durable on return (synchronous=FULL). Throws Error when a nested part failed: nothing is then saved.
    void commit();

private:
    SqlConnection& m_connection;
    bool m_nested;
    bool m_open = true;
};

} // namespace daymark::vault
