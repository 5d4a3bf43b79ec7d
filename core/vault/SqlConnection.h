// An owning handle to one SQLCipher connection, with statement execution that reports failures as daymark::Error.
#pragma once

#include <QString>
#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

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
    // Statements are kept prepared after use: preparing the same SQL again takes the kept one (reset, with no
    // bindings) instead of compiling it anew. A statement in use is never shared, so nested uses of one SQL each
    // get their own.
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
    friend class SqlStatement;
    sqlite3_stmt* takeKept(const char* sql);
    void keep(sqlite3_stmt* stmt); // a statement its SqlStatement is done with: kept for reuse or finalized

    struct Closer
    {
        void operator()(sqlite3* db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
    std::unordered_map<std::string, sqlite3_stmt*> m_kept; // one idle prepared statement per SQL text
    bool m_rollbackOnly = false;
};

} // namespace daymark::vault
