// Checking exhibit initials given on the command line.
#include "Initials.h"

#include "CliText.h"
#include "common/Error.h"

#include <QRegularExpression>

namespace daymark::cli {

QString checkedInitials(const QString& option, const QString& value)
{
    static const QRegularExpression shape(QStringLiteral("^\\p{Lu}{1,4}$"));
    const QString initials = value.trimmed().toUpper();
    if (!shape.match(initials).hasMatch())
        throw Error(Error::Kind::InvalidInput,
                    Cli::tr("%1: '%2' is not 1 to 4 letters. Give the initials of the person producing the exhibits, "
                            "such as JS for exhibit numbers like JS/1.")
                        .arg(option, value));
    return initials;
}

} // namespace daymark::cli
