// What every section of the PDF timeline reads while it lays itself out: the data, the diary (for thumbnails),
// the shared fonts and formats, and the flow it adds to.
#pragma once

#include "report/ReportData.h"
#include "report/pdf/PdfFlow.h"
#include "report/pdf/PdfFormat.h"
#include "report/pdf/PdfStyle.h"

#include <QHash>
#include <functional>

namespace daymark::diary {
class Diary;
}

namespace daymark::report::pdf {

struct PdfContext
{
    diary::Diary& diary;
    const ReportData& data;
    const PdfStyle& style;
    const PdfFormat& format;
    PdfFlow& flow;
    QHash<QUuid, QString> names;              // people by id
    std::function<void(int done)> progressed; // called after each incident of the log; throws when cancelled

    qreal labelWidth() const { return style.mm(34); }
    // A field beside its label; nothing when the value is empty.
    void field(const QString& label, const QString& value, qreal indent = 0)
    {
        flow.labelled(label, value, style.bold, style.body, labelWidth(), indent);
    }
    void sectionHeading(const QString& text)
    {
        flow.heading(text, style.heading, style.mm(20));
        flow.space(style.mm(3));
    }
    QString personName(const QUuid& id) const { return names.value(id, id.toString(QUuid::WithoutBraces)); }
};

// The sections, in the order the timeline shows them. Each starts where the flow is (or on a new page).
void addCover(PdfContext& context);
void addWeeklyChart(PdfContext& context);
void addHourDayChart(PdfContext& context);
void addPeople(PdfContext& context);
void addOrders(PdfContext& context);
void addLog(PdfContext& context);
void addExhibitList(PdfContext& context);
void addClosingPage(PdfContext& context);
// Only when the selection asks for it (includeScreening).
void addScreeningAnnex(PdfContext& context);

} // namespace daymark::report::pdf
