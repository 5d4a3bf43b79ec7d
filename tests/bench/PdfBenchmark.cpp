// Times writePdfTimeline on a demo diary of N incidents with M image exhibits (default 1,000 and 200), printing
// seconds and peak resident memory, beside wkhtmltopdf rendering an HTML page of the same incidents (with the same
// images as thumbnails) in the same run. Not a timed test. wkhtmltopdf is optional: without it only our figures
// are printed (CI does not install it; run the full comparison by hand: daymark-bench-pdf 1000 200).
#include "BenchMemory.h"
#include "common/Clock.h"
#include "crypto/SecureBytes.h"
#include "diary/DemoDiary.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "report/ReportCollector.h"
#include "report/pdf/PdfTimeline.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>
#include <random>
#include <sys/resource.h>

using namespace daymark;

namespace {

// CPU seconds of this process (who = RUSAGE_SELF) or of its finished children (RUSAGE_CHILDREN): beside the
// wall-clock figures, so a busy machine does not hide what each side costs.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// A photo-like JPEG, different for every index so the diary keeps each as its own exhibit.
QByteArray photo(int index, std::mt19937& rng)
{
    QImage image(1600, 1200, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(int(rng() % 360), 60, 200));
    QPainter painter(&image);
    for (int k = 0; k < 40; ++k) {
        painter.setBrush(QColor::fromHsv(int(rng() % 360), int(rng() % 255), int(rng() % 255)));
        painter.drawEllipse(QRect(int(rng() % 1500), int(rng() % 1100), 50 + int(rng() % 400), 50 + int(rng() % 300)));
    }
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 60));
    painter.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("Photo %1").arg(index));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

QString html(const report::ReportData& data, const QHash<QUuid, QString>& files)
{
    QString page = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{font-family:"
                                  "'DejaVu Sans';font-size:10pt} th{text-align:left;width:30mm;vertical-align:top}"
                                  " img{width:30mm;margin:2mm;border:1px solid #000}</style></head><body>");
    page += QStringLiteral("<h1>Incident diary: timeline of events</h1><p>Fingerprint %1</p>").arg(data.fingerprint);
    for (const report::ReportIncident& item : data.incidents) {
        const diary::Incident& i = item.record.incident;
        page += QStringLiteral("<h3>#%1 %2 %3</h3><p><b>%4</b></p><table>")
                    .arg(item.record.number)
                    .arg(i.start.toString(Qt::ISODate), diary::typeShortName(i.type), i.summary.toHtmlEscaped());
        auto row = [&](const char* label, const QString& value) {
            if (!value.isEmpty())
                page +=
                    QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(QLatin1String(label), value.toHtmlEscaped());
        };
        row("Type", diary::typeName(i.type));
        row("How", i.channel + QStringLiteral(" ") + i.account);
        row("Place", i.place);
        row("What happened", i.details);
        row("Impact", i.impact);
        row("Witnesses", i.witnessNotes);
        row("Police", i.policeReference);
        row("Recorded", item.record.recordedAt.toString(Qt::ISODate));
        page += QStringLiteral("</table>");
        for (const evidence::ExhibitRecord& e : item.exhibits) {
            page += QStringLiteral("<p>%1 %2</p>").arg(e.exhibit.label, e.exhibit.originalName.toHtmlEscaped());
            if (files.contains(e.exhibit.id))
                page += QStringLiteral("<img src=\"%1\">").arg(files.value(e.exhibit.id));
        }
        page += QStringLiteral("<hr>");
    }
    return page + QStringLiteral("</body></html>");
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int incidents = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1000;
    const int images = argc > 2 ? std::max(0, QString::fromLocal8Bit(argv[2]).toInt()) : 200;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/daymark-bench-pdf-XXXXXX"));
    vault::VaultOptions options;
    options.kdf = crypto::KdfParams::insecureForTests(); // the key derivation is not what is measured here
    options.kdfFloor = vault::KdfFloor::AllowInsecureForTestsOnly;
    const diary::DemoOptions demo{incidents, 1};
    ManualClock clock(diary::demoDiaryCreatedAt(demo));
    auto diary = diary::Diary::create(dir.filePath(QStringLiteral("bench.daymark")),
                                      crypto::secureUtf8(QStringLiteral("pw")), options, clock);
    diary::fillDemoDiary(*diary, clock, demo);

    // Top up the demo's own screenshots and photos with generated photos, spread over the incidents.
    diary::IncidentFilter all;
    const auto records = diary->incidents().list(all, -1);
    int present = 0;
    for (const auto& e : diary->exhibits().list())
        present += e.exhibit.mediaType.startsWith(QLatin1String("image/")) ? 1 : 0;
    std::mt19937 rng(7);
    for (int k = present; k < images; ++k) {
        const QUuid incident = records[std::size_t(k) * records.size() / std::size_t(images)].incident.id;
        diary->exhibits().attachData(incident, photo(k, rng), QStringLiteral("IMG_%1.jpg").arg(k, 4, 10, QChar(u'0')));
    }
    const report::ReportData data = report::collectReport(*diary, report::ExportSelection{});
    int imageExhibits = 0;
    for (const auto& e : data.exhibits)
        imageExhibits += e.exhibit.mediaType.startsWith(QLatin1String("image/")) ? 1 : 0;
    std::printf("PDF benchmark: %zu incidents, %zu exhibits (%d images)\n", data.incidents.size(), data.exhibits.size(),
                imageExhibits);

    const QString ours = dir.filePath(QStringLiteral("timeline.pdf"));
    QFile out(ours);
    out.open(QIODevice::WriteOnly);
    bench::resetPeak();
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds(RUSAGE_SELF);
    report::writePdfTimeline(*diary, data, out);
    out.close();
    const double oursSeconds = timer.nsecsElapsed() / 1e9;
    const double oursCpu = cpuSeconds(RUSAGE_SELF) - cpuStart;
    const double oursPeak = bench::peakMiB();
    std::printf("%-44s %7.2f s (CPU %6.2f s)  peak RSS %6.1f MiB  %5.1f MiB file\n", "writePdfTimeline", oursSeconds,
                oursCpu, oursPeak, QFileInfo(ours).size() / 1048576.0);

    const QString wkhtmltopdf = QStandardPaths::findExecutable(QStringLiteral("wkhtmltopdf"));
    if (wkhtmltopdf.isEmpty()) {
        std::printf("wkhtmltopdf not found (Debian package wkhtmltopdf): no comparison in this run\n");
        return 0;
    }
    // The same incidents as HTML, the image exhibits as files it shows at thumbnail size.
    QHash<QUuid, QString> files;
    for (const auto& e : data.exhibits) {
        if (!e.exhibit.mediaType.startsWith(QLatin1String("image/")))
            continue;
        const QString path = dir.filePath(QStringLiteral("exhibit-%1").arg(e.number));
        diary->exhibits().extract(e.exhibit.id, path);
        files.insert(e.exhibit.id, path);
    }
    const QString page = dir.filePath(QStringLiteral("timeline.html"));
    QFile htmlFile(page);
    htmlFile.open(QIODevice::WriteOnly);
    htmlFile.write(html(data, files).toUtf8());
    htmlFile.close();
    const QString theirs = dir.filePath(QStringLiteral("wkhtmltopdf.pdf"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // no display needed
    process.setProcessEnvironment(environment);
    timer.restart();
    process.start(wkhtmltopdf, {QStringLiteral("-q"), QStringLiteral("--enable-local-file-access"), page, theirs});
    process.waitForFinished(-1);
    const double theirSeconds = timer.nsecsElapsed() / 1e9;
    const double theirCpu = cpuSeconds(RUSAGE_CHILDREN);
    if (process.exitCode() != 0 || !QFileInfo::exists(theirs)) {
        std::printf("wkhtmltopdf failed (exit %d): %s\n", process.exitCode(),
                    process.readAllStandardError().left(400).constData());
        return 0;
    }
    std::printf("%-44s %7.2f s (CPU %6.2f s)  %26.1f MiB file\n", "wkhtmltopdf on the same incidents as HTML",
                theirSeconds, theirCpu, QFileInfo(theirs).size() / 1048576.0);
    std::printf("ours / wkhtmltopdf: %.2f wall-clock, %.2f CPU (target <= 1: %s)\n", oursSeconds / theirSeconds,
                oursCpu / theirCpu, oursSeconds <= theirSeconds ? "met" : "MISSED");
    return 0;
}
