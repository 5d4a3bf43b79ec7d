// Write transactions. Nested ones join the outer transaction rather than opening savepoints: savepoints made bulk
// writes about twice as slow (FTS4 flushes its pending terms and SQLCipher encrypts rollback pages at each one).
#include "vault/Transaction.h"

#include "common/Error.h"
#include "vault/SqlConnection.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace daymark::vault {

Transaction::Transaction(SqlConnection& connection) : m_connection(connection), m_nested(connection.inTransaction())
{
    if (!m_nested) {
        m_connection.exec("BEGIN IMMEDIATE");
        m_connection.clearRollbackOnly();
    }
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_nested) {
        m_connection.markRollbackOnly();
        return;
    }
    if (m_connection.inTransaction())
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    m_connection.clearRollbackOnly();
}

void Transaction::commit()
{
    m_open = false;
    if (m_nested)
        return;
    if (m_connection.rollbackOnly()) {
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        m_connection.clearRollbackOnly();
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("daymark::vault", "Part of this change failed, so none of it was "
                                                                  "saved. Everything saved before is safe."));
    }
    try {
        m_connection.exec("COMMIT");
    } catch (...) {
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

} // namespace daymark::vault
