// Write transactions and savepoints.
#include "vault/Transaction.h"

#include "vault/SqlConnection.h"

#include <sqlite3.h>

namespace daymark::vault {

Transaction::Transaction(SqlConnection& connection) : m_connection(connection), m_nested(connection.inTransaction())
{
    m_connection.exec(m_nested ? "SAVEPOINT daymark_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_open || !m_connection.inTransaction())
        return;
    sqlite3* db = m_connection.handle();
    if (m_nested) {
        sqlite3_exec(db, "ROLLBACK TO daymark_nested", nullptr, nullptr, nullptr);
        sqlite3_exec(db, "RELEASE daymark_nested", nullptr, nullptr, nullptr);
    } else {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    m_connection.exec(m_nested ? "RELEASE daymark_nested" : "COMMIT");
    m_open = false;
}

} // namespace daymark::vault
