// Lays the whole timeline out first (so "Page x of y" is known), then paints page by page into a QPdfWriter.
#include "report/pdf/PdfTimeline.h"

#include "common/Error.h"
#include "report/pdf/PdfContext.h"
#include "report/pdf/PdfPageFrame.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace daymark::report {

using namespace pdf;

void writePdfTimeline(diary::Diary& diary, const ReportData& data, QIODevice& out,
                      const std::function<void(int done, int total)>& progress, const std::atomic<bool>* cancel)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw Error(Error::Kind::Internal,
                    Tr::tr("The PDF could not be made: Daymark was started without its "
                           "graphics support."),
                    QStringLiteral("writePdfTimeline needs a QGuiApplication"));
    auto checkCancel = [cancel] {
        if (cancel && cancel->load())
            throw Error(Error::Kind::Cancelled, Tr::tr("Making the PDF was cancelled; nothing was kept."));
    };
    // Progress in steps of a thousand: laying out the log is the first half, painting the pages the second.
    constexpr int kTotal = 1000;
    int reported = -1;
    auto report = [&](int done) {
        if (progress && done != reported) {
            reported = done;
            progress(done, kTotal);
        }
    };
    checkCancel();
    report(0);

    QPdfWriter writer(&out);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(data.selection.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(Tr::tr("Incident diary: timeline of events"));
    writer.setCreator(QStringLiteral("Daymark %1").arg(QStringLiteral(DAYMARK_VERSION)));

    const PdfStyle style(writer);
    const PdfFormat format(data);
    const QRectF page(0, 0, writer.width(), writer.height());
    const PdfPageFrame frame(style, page, data.selection.header, data.fingerprint);
    PdfFlow flow(writer, frame.contentArea());
    PdfContext context{diary, data, style, format, flow, {}, {}};
    for (const diary::PersonRecord& person : data.people)
        context.names.insert(person.person.id, person.person.name);
    const int incidents = std::max<int>(1, int(data.incidents.size()));
    context.progressed = [&](int done) {
        checkCancel();
        report(done * (kTotal / 2) / incidents);
    };

    addCover(context);
    addWeeklyChart(context);
    addHourDayChart(context);
    addPeople(context);
    addOrders(context);
    addLog(context);
    addExhibitList(context);
    addScreeningAnnex(context);
    addClosingPage(context);
    checkCancel();

    QPainter painter;
    if (!painter.begin(&writer))
        throw Error(Error::Kind::Io, Tr::tr("The PDF could not be written. Check that there is space and that the "
                                            "place you chose can be written to."));
    const int pages = flow.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (cancel && cancel->load()) {
            painter.end();
            checkCancel();
        }
        if (i > 0)
            writer.newPage();
        flow.paint(painter, i);
        frame.paint(painter, i, pages);
        report(kTotal / 2 + (i + 1) * (kTotal / 2) / pages);
    }
    if (!painter.end())
        throw Error(Error::Kind::Io, Tr::tr("The PDF could not be written. Check that there is space and that the "
                                            "place you chose can be written to."));
}

} // namespace daymark::report
