// The screening annex: the person's latest answers to the risk screening questions, when the export asks for them.
// Notes go through the export's redaction; evidence lists only incidents included in this export, so the annex
// never reveals an incident the person left out.
#include "report/pdf/PdfContext.h"

#include "insights/Screening.h"
#include "report/Redactor.h"

#include <QSet>

namespace daymark::report::pdf {

void addScreeningAnnex(PdfContext& c)
{
    if (!c.data.selection.includeScreening)
        return;
    const PdfStyle& s = c.style;
    insights::Screening screening(c.diary);
    const std::vector<insights::ScreeningAnnexItem> items = screening.annex(c.data.exportedAt);
    const Redactor redactor(c.data.selection);
    QSet<qint64> included;
    for (const ReportIncident& item : c.data.incidents)
        included.insert(item.record.number);

    c.flow.newPage();
    c.sectionHeading(Tr::tr("Annex: risk screening answers"));
    c.flow.text(Tr::tr("The latest answers the person gave in Daymark to the stalking risk screening questions (the "
                       "themes of the S-DASH screening used by UK police and support services, in Daymark's own "
                       "words). They are the person's own answers: Daymark does not score them or judge the risk. "
                       "Earlier answers are kept in the diary with their dates."),
                s.body);
    c.flow.space(s.mm(4));
    int number = 0;
    for (const insights::ScreeningAnnexItem& item : items) {
        ++number;
        c.flow.heading(Tr::tr("%1. %2").arg(number).arg(item.question), s.bold, s.mm(12));
        c.flow.space(s.mm(1));
        QString answer = item.answer;
        if (item.answered)
            answer = item.version > 1 ? Tr::tr("%1 (answered %2; changed %3 times since first answered)")
                                            .arg(item.answer, c.format.dateTime(item.answeredAt))
                                            .arg(item.version - 1)
                                      : Tr::tr("%1 (answered %2)").arg(item.answer, c.format.dateTime(item.answeredAt));
        c.field(Tr::tr("Answer"), answer, s.mm(4));
        if (!item.note.isEmpty())
            c.field(Tr::tr("Note"), redactor.text(item.note), s.mm(4));
        QStringList evidence;
        for (qint64 incident : item.evidence)
            if (included.contains(incident))
                evidence << Tr::tr("#%1").arg(incident);
        if (!evidence.isEmpty())
            c.field(Tr::tr("In this export"), evidence.join(QStringLiteral(", ")), s.mm(4));
        c.flow.space(s.mm(3));
    }
}

} // namespace daymark::report::pdf
