// Id prefix resolution shared by the repositories.
#include "diary/IdPrefix.h"

#include "common/Error.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace daymark::diary {

std::optional<QUuid> resolveIdPrefix(vault::SqlConnection& db, const char* table, const QString& reference,
                                     const IdPrefixMessages& messages)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f-]{6,36}$"));
    const QString ref = reference.trimmed().toLower().remove(u'{').remove(u'}');
    if (!shape.match(ref).hasMatch())
        return std::nullopt;
    const QByteArray sql = QByteArray("SELECT id FROM ") + table + " WHERE substr(id, 1, length(?1)) = ?1 LIMIT 2";
    auto stmt = db.prepare(sql.constData());
    stmt.bind(1, ref);
    if (!stmt.step())
        throw Error(Error::Kind::NotFound, messages.notFound.arg(reference));
    const QUuid id = QUuid::fromString(stmt.columnText(0));
    if (stmt.step())
        throw Error(Error::Kind::InvalidInput, messages.ambiguous.arg(reference));
    return id;
}

} // namespace daymark::diary
