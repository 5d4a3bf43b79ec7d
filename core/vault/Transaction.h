// A write transaction that rolls back unless committed, so an exception never leaves half a change behind.
#pragma once

namespace daymark::vault {

class SqlConnection;

class Transaction
{
public:
    explicit Transaction(SqlConnection& connection); // BEGIN IMMEDIATE
    ~Transaction();                                  // ROLLBACK unless committed
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit(); // durable on return (synchronous=FULL)

private:
    SqlConnection& m_connection;
    bool m_open = true;
};

} // namespace daymark::vault
