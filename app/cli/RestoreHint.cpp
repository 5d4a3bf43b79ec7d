// Telling a restore of a backup from a restore of an incident, and pointing damaged-diary errors at the former.
#include "BackupCommands.h"

#include "CliText.h"
#include "common/Error.h"

#include <QDir>
#include <QSet>

namespace daymark::cli {

bool isBackupRestore(const QStringList& arguments)
{
    static const QSet<QString> valued{QStringLiteral("--password-file"), QStringLiteral("-password-file"),
                                      QStringLiteral("--reason"),        QStringLiteral("-reason"),
                                      QStringLiteral("--from"),          QStringLiteral("-from")};
    QStringList positionals;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            positionals += arguments.mid(i + 1);
            break;
        }
        if (argument.startsWith(u'-') && argument.size() > 1) {
            if (valued.contains(argument))
                ++i; // its value
            continue;
        }
        positionals << argument;
    }
    if (positionals.size() == 1)
        return true;
    if (positionals.size() != 2)
        return false;
    const QString& second = positionals.at(1);
    return second.endsWith(QLatin1String(".daymark"), Qt::CaseInsensitive) || second.contains(u'/') ||
           second.contains(QDir::separator());
}

Error withRestoreHint(const Error& error, const QString& diary)
{
    if (error.kind() != Error::Kind::Corrupt)
        return error;
    const bool quote = diary.contains(u' ') || diary.contains(u'\'') || diary.contains(u'"');
    const QString shown =
        quote ? QStringLiteral("'%1'").arg(QString(diary).replace(u'\'', QLatin1String("'\\''"))) : diary;
    return Error(error.kind(),
                 Cli::tr("%1 To put back its newest good backup (the damaged file is kept aside), run: daymark-cli "
                         "restore %2")
                     .arg(error.message(), shown),
                 error.detail());
}

} // namespace daymark::cli
