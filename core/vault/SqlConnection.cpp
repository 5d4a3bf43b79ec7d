// SQLCipher connection handling and the translation of SQLite result codes into sentences for people.
#include "vault/SqlConnection.h"

#include "common/Error.h"
#include "vault/SqlStatement.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstring>
#include <sqlite3.h>

namespace daymark::vault {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::vault", text);
}

} // namespace

void SqlConnection::Closer::operator()(sqlite3* db) const
{
    sqlite3_close_v2(db);
}

SqlConnection::SqlConnection(const QString& path, Mode mode)
{
    sqlite3* raw = nullptr;
    const int flags = (mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_FULLMUTEX |
                      SQLITE_OPEN_PRIVATECACHE;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    m_db.reset(raw);
    if (rc != SQLITE_OK)
        throwError(rc, "open");
    sqlite3_extended_result_codes(raw, 1);
}

SqlConnection::~SqlConnection()
{
    for (const auto& [sql, stmt] : m_kept)
        sqlite3_finalize(stmt);
}

sqlite3_stmt* SqlConnection::takeKept(const char* sql)
{
    const auto found = m_kept.find(sql);
    if (found == m_kept.end())
        return nullptr;
    sqlite3_stmt* stmt = found->second;
    m_kept.erase(found);
    return stmt;
}

void SqlConnection::keep(sqlite3_stmt* stmt)
{
    // Queries built from filters vary without end; beyond this many distinct texts, statements are not kept.
    constexpr std::size_t kMostKept = 96;
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    const char* sql = sqlite3_sql(stmt);
    if (!sql || m_kept.size() >= kMostKept || !m_kept.emplace(sql, stmt).second)
        sqlite3_finalize(stmt);
}

void SqlConnection::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db.get(), sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        throwError(rc, sql);
}

QString SqlConnection::queryString(const char* sql)
{
    SqlStatement stmt(*this, sql);
    return stmt.step() ? stmt.columnText(0) : QString();
}

qint64 SqlConnection::queryInt(const char* sql)
{
    SqlStatement stmt(*this, sql);
    return stmt.step() ? stmt.columnInt(0) : 0;
}

SqlStatement SqlConnection::prepare(const char* sql)
{
    return SqlStatement(*this, sql);
}

qint64 SqlConnection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

bool SqlConnection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db.get()) == 0;
}

void SqlConnection::throwError(int rc, const char* context) const
{
    const QString detail = QStringLiteral("SQLite %1 (%2) during %3")
                               .arg(rc)
                               .arg(QString::fromUtf8(m_db ? sqlite3_errmsg(m_db.get()) : sqlite3_errstr(rc)),
                                    QString::fromUtf8(context).left(80));
    // SQLCipher's export reports an inner failure as a plain SQLITE_ERROR carrying the inner message; a full disk
    // then shows only as SQLite's own text for SQLITE_FULL, or in the operating system's errno.
    const int systemErrno = m_db ? sqlite3_system_errno(m_db.get()) : 0;
    if (systemErrno == ENOSPC || systemErrno == EDQUOT ||
        (m_db && std::strcmp(sqlite3_errmsg(m_db.get()), sqlite3_errstr(SQLITE_FULL)) == 0))
        rc = SQLITE_FULL;
    else if ((rc & 0xff) == SQLITE_ERROR &&
             (systemErrno == EIO ||
              (m_db && std::strcmp(sqlite3_errmsg(m_db.get()), sqlite3_errstr(SQLITE_IOERR)) == 0)))
        rc = SQLITE_IOERR; // likewise a failing disk under the export of a password change
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        throw Error(Error::Kind::WrongPassword,
                    tr("The password is wrong, or the file is not a Daymark diary (or it is damaged)."), detail);
    case SQLITE_CORRUPT:
        throw Error(Error::Kind::Corrupt,
                    tr("The diary file is damaged. Nothing has been changed; restore it from a backup copy, or ask "
                       "for help before writing to it."),
                    detail);
    case SQLITE_FULL:
        throw Error(Error::Kind::DiskFull,
                    tr("The disk is full, so the change was not saved. Everything saved before is safe; free some "
                       "space and try again."),
                    detail);
    case SQLITE_READONLY:
        throw Error(Error::Kind::ReadOnly,
                    tr("The diary cannot be written here because the file or its folder is read-only. Move it to a "
                       "folder you can write to, or open it read-only."),
                    detail);
    case SQLITE_CANTOPEN:
        throw Error(Error::Kind::Io,
                    tr("The diary file could not be opened. Check that it exists and that you may read and write "
                       "its folder."),
                    detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw Error(Error::Kind::Io,
                    tr("The diary is in use by another Daymark window or program. Close it there and try again."),
                    detail);
    case SQLITE_IOERR:
        throw Error(Error::Kind::Io,
                    tr("Reading or writing the diary file failed. Everything saved before is safe; check the disk "
                       "and try again."),
                    detail);
    default:
        throw Error(Error::Kind::Internal,
                    tr("Daymark hit an unexpected database error. Everything saved before is safe; please try again."),
                    detail);
    }
}

} // namespace daymark::vault
