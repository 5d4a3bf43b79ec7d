// Only the first few kilobytes are read: enough for an XML root element or a chat's first line.
#include "import/ImportFormatGuess.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace daymark::ui {
namespace {

std::optional<importers::ImportFormat> known(const char* code)
{
    return importers::formatFromCode(QString::fromLatin1(code));
}

bool looksLikeWhatsApp(const QByteArray& head)
{
    // "12/06/2018, 21:25 - Sam: …" (Android) or "[12/06/2018, 21:25:03] Sam: …" (iOS), maybe after a BOM or mark.
    static const QRegularExpression line(
        QStringLiteral(R"(^\W{0,4}\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}[:.]\d{2})"),
        QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(head)).hasMatch();
}

// "[2019-12-24, 12:23] Jane Doe: …": a year first with dashes and no seconds, as Signal's text export writes.
bool looksLikeSignal(const QByteArray& head)
{
    static const QRegularExpression line(QStringLiteral(R"(^\W{0,4}\[\d{4}-\d{2}-\d{2}, \d{1,2}:\d{2}\] )"),
                                         QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(head)).hasMatch();
}

} // namespace

std::optional<importers::ImportFormat> guessImportFormat(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = file.read(8192);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (head.startsWith("PK\x03\x04") || suffix == QLatin1String("zip"))
        return known("whatsapp");
    if (head.contains("<smses"))
        return known("sms-backup");
    if (head.contains("<calls"))
        return known("calls");
    if (suffix == QLatin1String("eml"))
        return known("eml");
    if (suffix == QLatin1String("mbox") || head.startsWith("From "))
        return known("mbox");
    if (suffix == QLatin1String("csv"))
        return known("csv");
    if (suffix == QLatin1String("json")) {
        if (head.contains("\"participants\"") && head.contains("\"messages\""))
            return known("instagram");
        return known("telegram");
    }
    if (looksLikeSignal(head))
        return known("signal");
    if (looksLikeWhatsApp(head))
        return known("whatsapp");
    if (suffix == QLatin1String("txt"))
        return known("whatsapp");
    return std::nullopt;
}

} // namespace daymark::ui
