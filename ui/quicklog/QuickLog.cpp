// The time comes from the diary's clock, the same one that stamps the recording time, so the two agree.
#include "quicklog/QuickLog.h"

#include "common/Clock.h"
#include "diary/Diary.h"
#include "diary/IncidentRepository.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace daymark::ui::quickLog {

QString summaryFor(diary::IncidentType type)
{
    if (type == diary::IncidentType::Other)
        return QCoreApplication::translate("daymark::ui::quickLog", "Something happened");
    return diary::typeName(type);
}

diary::IncidentRecord logNow(diary::Diary& diary, diary::IncidentType type)
{
    diary::Incident incident;
    incident.type = type;
    // Whole minutes: nobody notes the second something happened, and the timeline shows minutes.
    QDateTime now = diary.clock().nowUtc().toTimeZone(QTimeZone::systemTimeZone());
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    incident.start = now;
    incident.summary = summaryFor(type);
    return diary.incidents().add(incident);
}

} // namespace daymark::ui::quickLog
