// An owning handle to one SQLCipher connection, with statement execution that reports failures as daymark::Error.
#pragma once

#include <QString>
#include <memory>

struct sqlite3;

namespace daymark::vault {

class SqlStatement;

class SqlConnection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens an existing file (never creates one). Throws Error.
    SqlConnection(const QString& path, Mode mode);
    ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    // Runs SQL with no parameters and no results of interest (schema, PRAGMA settings, BEGIN/COMMIT).
    void exec(const char* sql);
    // Runs a statement returning one value in one row, e.g. "PRAGMA cipher_page_size".
    QString queryString(const char* sql);
    qint64 queryInt(const char* sql);
    SqlStatement prepare(const char* sql);

    qint64 lastInsertRowId() const;
    bool inTransaction() const;
    // Set when a part of the open transaction failed and could not be undone on its own; the transaction can then
    // only be rolled back (see Transaction).
    void markRollbackOnly() { m_rollbackOnly = true; }
    bool rollbackOnly() const { return m_rollbackOnly; }
    void clearRollbackOnly() { m_rollbackOnly = false; }
    sqlite3* handle() const { return m_db.get(); }
    // Throws an Error describing the connection's most recent failure with result code `rc`.
    [[noreturn]] void throwError(int rc, const char* context) const;

private:
    struct Closer
    {
        void operator()(sqlite3* db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
    bool m_rollbackOnly = false;
};

} // namespace daymark::vault
