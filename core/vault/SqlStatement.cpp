// Prepared statements with bound parameters.
#include "vault/SqlStatement.h"

#include "vault/SqlConnection.h"

#include <sqlite3.h>
#include <utility>

namespace daymark::vault {

SqlStatement::SqlStatement(SqlConnection& connection, const char* sql) : m_connection(&connection)
{
    m_stmt = connection.takeKept(sql);
    if (m_stmt)
        return;
    const int rc = sqlite3_prepare_v2(connection.handle(), sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        connection.throwError(rc, sql);
    }
}

SqlStatement::~SqlStatement()
{
    if (m_stmt)
        m_connection->keep(m_stmt);
}

SqlStatement::SqlStatement(SqlStatement&& other) noexcept
    : m_connection(other.m_connection), m_stmt(std::exchange(other.m_stmt, nullptr))
{}

SqlStatement& SqlStatement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_connection->throwError(rc, "bind");
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const QString& text)
{
    if (text.isNull())
        return bindNull(index);
    const QByteArray utf8 = text.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_connection->throwError(rc, "bind");
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const QByteArray& blob)
{
    if (blob.isNull())
        return bindNull(index);
    const int rc = sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_connection->throwError(rc, "bind");
    return *this;
}

SqlStatement& SqlStatement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_connection->throwError(rc, "bind");
    return *this;
}

bool SqlStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_connection->throwError(rc, sqlite3_sql(m_stmt));
}

void SqlStatement::run()
{
    while (step()) {
    }
    reset();
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqlStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqlStatement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqlStatement::columnBlob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(static_cast<const char*>(data), size) : QByteArray("", 0);
}

} // namespace daymark::vault
