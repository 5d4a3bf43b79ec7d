// How-obtained codes and their names.
#include "evidence/Exhibit.h"

#include <QCoreApplication>
#include <array>

namespace daymark::evidence {
namespace {

struct How
{
    const char* code;
    const char* name;
};

constexpr std::array<How, 9> kHow{{
    {"screenshot", QT_TRANSLATE_NOOP("daymark::evidence", "Screenshot I took")},
    {"photo", QT_TRANSLATE_NOOP("daymark::evidence", "Photo I took")},
    {"recording", QT_TRANSLATE_NOOP("daymark::evidence", "Sound recording")},
    {"video", QT_TRANSLATE_NOOP("daymark::evidence", "Video I took")},
    {"export", QT_TRANSLATE_NOOP("daymark::evidence", "Export from an app")},
    {"received", QT_TRANSLATE_NOOP("daymark::evidence", "Received from someone")},
    {"download", QT_TRANSLATE_NOOP("daymark::evidence", "Downloaded")},
    {"scan", QT_TRANSLATE_NOOP("daymark::evidence", "Scan of a paper document")},
    {"other", QT_TRANSLATE_NOOP("daymark::evidence", "Other")},
}};

} // namespace

QStringList howObtainedCodes()
{
    QStringList codes;
    for (const How& h : kHow)
        codes << QLatin1String(h.code);
    return codes;
}

QString howObtainedName(const QString& code)
{
    for (const How& h : kHow)
        if (code == QLatin1String(h.code))
            return QCoreApplication::translate("daymark::evidence", h.name);
    return {};
}

} // namespace daymark::evidence
