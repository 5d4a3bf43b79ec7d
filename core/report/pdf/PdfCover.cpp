// The cover: what this document is, whose diary, the period, counts by type, possible breaches, and the diary
// fingerprint large with a QR code of it.
#include "report/pdf/PdfContext.h"
#include "report/pdf/QrCode.h"

#include "diary/IncidentType.h"

#include <QPainter>
#include <QSet>
#include <array>

namespace daymark::report::pdf {
namespace {

int possibleBreaches(const ReportData& data)
{
    QSet<QUuid> incidents;
    for (const ReportOrder& order : data.orders)
        for (const diary::RecordedBreach& breach : order.breaches)
            incidents.insert(breach.incident);
    return int(incidents.size());
}

void addCounts(PdfContext& c)
{
    std::array<int, diary::kIncidentTypeCount> counts{};
    for (const ReportIncident& item : c.data.incidents)
        ++counts[std::size_t(item.record.incident.type)];
    const PdfStyle& s = c.style;
    const qreal number = s.mm(20);
    const qreal name = s.mm(95);
    c.flow.heading(Tr::tr("Incidents by type"), s.subheading, s.mm(12));
    c.flow.space(s.mm(1));
    for (int i = 0; i < diary::kIncidentTypeCount; ++i) {
        if (counts[std::size_t(i)] == 0)
            continue;
        c.flow.row({{c.format.locale().toString(counts[std::size_t(i)]), &s.body, 0, number - s.mm(4), Qt::AlignRight},
                    {diary::typeName(diary::typeAt(i)), &s.body, number, name}});
    }
    c.flow.rule(s.pt(0.5), 0);
    c.flow.row(
        {{c.format.locale().toString(qlonglong(c.data.incidents.size())), &s.bold, 0, number - s.mm(4), Qt::AlignRight},
         {Tr::tr("Incidents in total"), &s.bold, number, name}});
    c.flow.space(s.mm(2));
    c.flow.row({{c.format.locale().toString(possibleBreaches(c.data)), &s.bold, 0, number - s.mm(4), Qt::AlignRight},
                {Tr::tr("Incidents recorded as possible breaches of a protection order"), &s.bold, number, name}});
}

void addFingerprint(PdfContext& c)
{
    const PdfStyle& s = c.style;
    const qreal qrSize = s.mm(42);
    c.flow.space(s.mm(8));
    c.flow.heading(Tr::tr("Diary fingerprint"), s.subheading, qrSize);
    const QString fingerprint = c.data.fingerprint;
    const QrModules qr = encodeQr(fingerprint);
    const qreal textWidth = c.flow.width() - qrSize - s.mm(6);
    const QFont& mono = s.monoLarge;
    c.flow.block(qrSize, [fingerprint, qr, qrSize, textWidth, &mono, &s](QPainter& painter) {
        painter.setFont(mono);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, s.mm(4), textWidth, qrSize - s.mm(4)),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, fingerprint);
        drawQr(painter, qr, QRectF(textWidth + s.mm(6), 0, qrSize, qrSize));
    });
    c.flow.text(Tr::tr("The fingerprint identifies the diary's journal as it stood when this document was made. It "
                       "matches the fingerprint in the evidence bundle's manifest; a copy sent to someone earlier "
                       "shows the diary existed in that state at that time. The QR code holds the same text."),
                s.small, 0);
}

} // namespace

void addCover(PdfContext& c)
{
    const PdfStyle& s = c.style;
    const ReportData& d = c.data;
    c.flow.space(s.mm(10));
    c.flow.text(Tr::tr("Incident diary: timeline of events"), s.title);
    c.flow.space(s.mm(2));
    c.flow.text(Tr::tr("A record of stalking and harassment kept in an encrypted Daymark diary, exported for the "
                       "police with its evidence."),
                s.body);
    c.flow.space(s.mm(8));
    const qreal label = s.mm(45);
    auto line = [&](const QString& name, const QString& value) {
        c.flow.labelled(name, value, s.bold, s.body, label);
        c.flow.space(s.mm(1));
    };
    line(Tr::tr("Whose diary"), d.selection.ownerName);
    if (d.firstIncident.isValid())
        line(Tr::tr("Period covered"), Tr::tr("%1 to %2")
                                           .arg(c.format.date(d.firstIncident.toTimeZone(c.format.zone()).date()),
                                                c.format.date(d.lastIncident.toTimeZone(c.format.zone()).date())));
    else
        line(Tr::tr("Period covered"), Tr::tr("No incidents are included."));
    line(Tr::tr("Exported"), c.format.dateTime(d.exportedAt));
    line(Tr::tr("Time zone"), c.format.zoneStatement());
    line(Tr::tr("Exhibits"), c.format.locale().toString(qlonglong(d.exhibits.size())));
    c.flow.space(s.mm(6));
    addCounts(c);
    addFingerprint(c);
}

} // namespace daymark::report::pdf
