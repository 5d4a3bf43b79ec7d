// Write transactions.
#include "vault/Transaction.h"

#include "vault/SqlConnection.h"

#include <sqlite3.h>

namespace daymark::vault {

Transaction::Transaction(SqlConnection& connection) : m_connection(connection)
{
    m_connection.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_open && !sqlite3_get_autocommit(m_connection.handle()))
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_connection.exec("COMMIT");
    m_open = false;
}

} // namespace daymark::vault
