// Text output helpers shared by the incident, person and order printers.
#include "TextFormat.h"

#include "CliText.h"

#include <QLocale>

namespace daymark::cli {

QString shortTime(const QDateTime& time)
{
    return QLocale::system().toString(time, QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString longTime(const QDateTime& time)
{
    return QLocale::system().toString(time, QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

QString recordedTime(const QDateTime& utc)
{
    return QLocale::system().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString longDate(const QDate& date)
{
    return QLocale::system().toString(date, QStringLiteral("d MMM yyyy"));
}

QString delay(const QDateTime& from, const QDateTime& to)
{
    const qint64 minutes = from.secsTo(to) / 60;
    if (minutes < 1)
        return Cli::tr("under a minute");
    if (minutes < 60)
        return Cli::tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return Cli::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return Cli::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes % (24 * 60) / 60);
}

void writeField(QTextStream& out, const QString& labelTemplate, const QString& value)
{
    if (value.trimmed().isEmpty())
        return;
    QString indented = value.trimmed();
    indented.replace(u'\n', QStringLiteral("\n    "));
    out << labelTemplate.arg(indented) << '\n';
}

} // namespace daymark::cli
