// A prepared SQLite statement with bound parameters; the only way Daymark passes values into SQL. It must not
// outlive its connection, which keeps it prepared for the next use of the same SQL.
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

struct sqlite3_stmt;

namespace daymark::vault {

class SqlConnection;

class SqlStatement
{
public:
    SqlStatement(SqlConnection& connection, const char* sql);
    ~SqlStatement();
    SqlStatement(SqlStatement&&) noexcept;
    SqlStatement& operator=(SqlStatement&&) = delete;

    // Parameters are numbered from 1, as in SQLite.
    SqlStatement& bind(int index, qint64 value);
    SqlStatement& bind(int index, const QString& text);
    SqlStatement& bind(int index, const QByteArray& blob);
    SqlStatement& bindNull(int index);

    // Advances to the next row: true while there is one. Throws Error on failure.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;

private:
    SqlConnection* m_connection;
    sqlite3_stmt* m_stmt = nullptr; // handed back to the connection when this is destroyed
};

} // namespace daymark::vault
