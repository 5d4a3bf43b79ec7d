// Prepared statements with bound parameters.
#include "vault/SqlStatement.h"

#include "vault/SqlConnection.h"

#include <sqlite3.h>

namespace daymark::vault {

void SqlStatement::Finalizer::operator()(sqlite3_stmt* stmt) const
{
    sqlite3_finalize(stmt);
}

SqlStatement::SqlStatement(SqlConnection& connection, const char* sql) : m_connection(&connection)
{
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v2(connection.handle(), sql, -1, &raw, nullptr);
    m_stmt.reset(raw);
    if (rc != SQLITE_OK)
        connection.throwError(rc, sql);
}

SqlStatement::~SqlStatement() = default;
SqlStatement::SqlStatement(SqlStatement&&) noexcept = default;

SqlStatement& SqlStatement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt.get(), index, value);
    if (rc != SQLITE_OK)
        m_connection->throwError(rc, "bind");
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const QString& text)
{
    if (text.isNull())
        return bindNull(index);
    const QByteArray utf8 = text.toUtf8();
    const int rc =
        sqlite3_bind_text(m_stmt.get(), index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_connection->throwError(rc, "bind");
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const QByteArray& blob)
{
    if (blob.isNull())
        return bindNull(index);
    const int rc =
        sqlite3_bind_blob(m_stmt.get(), index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_connection->throwError(rc, "bind");
    return *this;
}

SqlStatement& SqlStatement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt.get(), index);
    if (rc != SQLITE_OK)
        m_connection->throwError(rc, "bind");
    return *this;
}

bool SqlStatement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_connection->throwError(rc, sqlite3_sql(m_stmt.get()));
}

void SqlStatement::run()
{
    while (step()) {
    }
    reset();
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

qint64 SqlStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

QString SqlStatement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt.get(), column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArray SqlStatement::columnBlob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt.get(), column);
    const int size = sqlite3_column_bytes(m_stmt.get(), column);
    return data ? QByteArray(static_cast<const char*>(data), size) : QByteArray("", 0);
}

} // namespace daymark::vault
