// Bundle order: README, PDF, CSV, JSON, exhibits, public key, then what covers them all (manifest.json, its
// signature, SHA256SUMS). Each file is hashed while it is written; exhibits are streamed, never held whole.
#include "report/BundleWriter.h"

#include "common/Error.h"
#include "crypto/Ed25519Key.h"
#include "crypto/Sha256.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "report/AtomicOutput.h"
#include "report/BundleFileNames.h"
#include "report/BundleReadme.h"
#include "report/ExportRecord.h"
#include "report/IncidentCsv.h"
#include "report/IncidentJson.h"
#include "report/ReportCollector.h"
#include "report/TimelinePdf.h"
#include "report/WriteFailure.h"
#include "report/zip/ZipWriter.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cerrno>

namespace daymark::report {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::report", text);
}

QString name(const char* file)
{
    return QString::fromLatin1(file);
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

void checkCancel(const std::atomic<bool>* cancel)
{
    if (cancel && cancel->load())
        throw Error(Error::Kind::Cancelled, tr("Cancelled. No file was written."));
}

// Progress over the whole export: the PDF counts as a share of the total beside the exhibit bytes.
class ExportProgress
{
public:
    ExportProgress(const evidence::Progress& progress, qint64 pdfUnits, qint64 exhibitBytes)
        : m_progress(progress), m_pdfUnits(pdfUnits), m_total(pdfUnits + exhibitBytes)
    {}
    std::function<void(int, int)> pdf()
    {
        return [this](int done, int total) { report(total > 0 ? m_pdfUnits * done / total : 0); };
    }
    evidence::Progress exhibit(qint64 before)
    {
        return [this, before](qint64 done, qint64) { report(m_pdfUnits + before + done); };
    }
    void report(qint64 done)
    {
        if (m_progress)
            m_progress(std::min(done, m_total), m_total);
    }

private:
    evidence::Progress m_progress;
    qint64 m_pdfUnits;
    qint64 m_total;
};

qint64 pdfUnits(const ReportData& data)
{
    return std::max<qint64>(1024 * 1024, qint64(data.incidents.size()) * 256 * 1024);
}

QByteArray makePdf(diary::Diary& diary, const ReportData& data, ExportProgress& progress,
                   const std::atomic<bool>* cancel)
{
    QBuffer buffer; // in memory only: the PDF holds the diary's text
    buffer.open(QIODevice::WriteOnly);
    writeTimelinePdf(diary, data, buffer, progress.pdf(), cancel);
    checkCancel(cancel);
    return buffer.data();
}

// Records the export and puts the file in place together; if recording fails after the rename, the file goes.
void finishExport(diary::Diary& diary, ExportKind kind, const ReportData& data, AtomicOutput& out,
                  const QByteArray& sha256)
{
    out.sync();
    bool renamed = false;
    try {
        recordExport(diary, kind, data, QFileInfo(out.target()).fileName(), sha256, [&] {
            out.commit();
            renamed = true;
        });
    } catch (...) {
        if (renamed)
            QFile::remove(out.target());
        throw;
    }
}

} // namespace

ExportResult exportBundle(diary::Diary& diary, const ExportSelection& selection, const QString& outPath,
                          const evidence::Progress& progress, const std::atomic<bool>* cancel)
{
    AtomicOutput out(outPath);
    const ReportData data = collectReport(diary, selection);
    checkCancel(cancel);

    // Exhibit file names first: incidents.json says where each one is.
    const bool withFiles = selection.includeExhibitFiles;
    QHash<QUuid, QString> exhibitFiles;
    qint64 exhibitBytes = 0;
    if (withFiles) {
        UniqueNames names;
        for (const evidence::ExhibitRecord& exhibit : data.exhibits) {
            exhibitFiles.insert(exhibit.exhibit.id,
                                name(bundle::kExhibitFolder) +
                                    names.claim(exhibitFileName(exhibit.exhibit.label, exhibit.exhibit.originalName)));
            exhibitBytes += exhibit.exhibit.size;
        }
    }
    ExportProgress steps(progress, pdfUnits(data), exhibitBytes);

    zip::ZipWriter zip(out.file(), data.exportedAt);
    QJsonArray manifestFiles;
    auto listed = [&manifestFiles](const zip::WrittenEntry& entry, const QString& kind, const QString& exhibit = {}) {
        QJsonObject file{{QStringLiteral("path"), entry.name},
                         {QStringLiteral("size"), entry.size},
                         {QStringLiteral("sha256"), hex(entry.sha256)},
                         {QStringLiteral("kind"), kind}};
        if (!exhibit.isEmpty())
            file.insert(QStringLiteral("exhibit"), exhibit);
        manifestFiles.append(file);
    };
    using zip::Method;
    listed(zip.add(name(bundle::kReadme), Method::Deflate, bundleReadme(data, withFiles)), QStringLiteral("readme"));
    listed(zip.add(name(bundle::kTimeline), Method::Store, makePdf(diary, data, steps, cancel)),
           QStringLiteral("timeline"));
    listed(zip.add(name(bundle::kCsv), Method::Deflate, incidentsCsv(data)), QStringLiteral("incidents-csv"));
    listed(zip.add(name(bundle::kJson), Method::Deflate, incidentsJson(data, exhibitFiles)),
           QStringLiteral("incidents-json"));
    qint64 before = 0;
    for (const evidence::ExhibitRecord& exhibit : data.exhibits) {
        if (!withFiles)
            break;
        checkCancel(cancel);
        const evidence::Exhibit& e = exhibit.exhibit;
        zip.begin(exhibitFiles.value(e.id), Method::Store, e.size);
        diary.exhibits().extract(e.id, zip.device(), steps.exhibit(before), cancel);
        const zip::WrittenEntry entry = zip.finish();
        if (entry.size != e.size || hex(entry.sha256) != e.sha256)
            throw Error(Error::Kind::Corrupt,
                        tr("Exhibit %1 does not match the SHA-256 taken when it was added. Run 'check' on the "
                           "diary and restore it from a backup. No bundle was written.")
                            .arg(e.label));
        listed(entry, QStringLiteral("exhibit"), e.label);
        before += e.size;
    }
    const crypto::Ed25519Key key = diary.signingKey();
    listed(zip.add(name(bundle::kPublicKey), Method::Deflate, key.publicKeyPem()), QStringLiteral("signing-key"));
    checkCancel(cancel);

    QJsonArray incidentNumbers;
    for (const ReportIncident& item : data.incidents)
        incidentNumbers.append(item.record.number);
    QJsonArray exhibitLabels;
    for (const evidence::ExhibitRecord& exhibit : data.exhibits)
        exhibitLabels.append(exhibit.exhibit.label);
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("daymark-bundle")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("appVersion"), QStringLiteral(DAYMARK_VERSION)},
        {QStringLiteral("createdWith"), QStringLiteral("Daymark " DAYMARK_VERSION)},
        {QStringLiteral("exportedAt"), data.exportedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("diary"),
         QJsonObject{{QStringLiteral("id"), diary.vault().diaryId().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("fingerprint"), data.fingerprint},
                     {QStringLiteral("exhibitInitials"), data.initials}}},
        {QStringLiteral("signingKey"), QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                                                   {QStringLiteral("publicKey"), hex(key.publicKey())},
                                                   {QStringLiteral("file"), name(bundle::kPublicKey)},
                                                   {QStringLiteral("signature"), name(bundle::kSignature)}}},
        {QStringLiteral("selection"), selectionJson(data.selection)},
        {QStringLiteral("incidents"), incidentNumbers},
        {QStringLiteral("exhibits"), exhibitLabels},
        {QStringLiteral("files"), manifestFiles},
    };
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    const zip::WrittenEntry manifestEntry = zip.add(name(bundle::kManifest), Method::Deflate, manifestBytes);
    zip.add(name(bundle::kSignature), Method::Store, key.sign(manifestBytes));

    QByteArray sums;
    for (const zip::WrittenEntry& entry : zip.entries())
        sums += entry.sha256.toHex() + "  " + entry.name.toUtf8() + '\n';
    zip.add(name(bundle::kSums), Method::Deflate, sums);
    zip.close();
    checkCancel(cancel);

    ExportResult result;
    result.path = outPath;
    result.size = out.file().size();
    result.sha256 = hex(manifestEntry.sha256);
    result.fingerprint = data.fingerprint;
    result.incidents = int(data.incidents.size());
    result.exhibits = int(data.exhibits.size());
    for (const zip::WrittenEntry& entry : zip.entries())
        result.files.push_back({entry.name, entry.size, hex(entry.sha256)});
    finishExport(diary, ExportKind::Bundle, data, out, manifestEntry.sha256);
    steps.report(pdfUnits(data) + exhibitBytes);
    return result;
}

ExportResult exportPdf(diary::Diary& diary, const ExportSelection& selection, const QString& outPath,
                       const evidence::Progress& progress, const std::atomic<bool>* cancel)
{
    AtomicOutput out(outPath);
    const ReportData data = collectReport(diary, selection);
    checkCancel(cancel);
    ExportProgress steps(progress, pdfUnits(data), 0);
    const QByteArray pdf = makePdf(diary, data, steps, cancel);
    errno = 0;
    if (out.file().write(pdf) != pdf.size())
        throw Error(Error::Kind::Io,
                    tr("%1 could not be written: %2.").arg(outPath, writeFailureText(out.file(), errno)));
    ExportResult result;
    result.path = outPath;
    result.size = pdf.size();
    const crypto::Digest digest = crypto::Sha256::of(pdf);
    const QByteArray sha(reinterpret_cast<const char*>(digest.data()), qsizetype(digest.size()));
    result.sha256 = hex(sha);
    result.fingerprint = data.fingerprint;
    result.incidents = int(data.incidents.size());
    result.exhibits = int(data.exhibits.size());
    finishExport(diary, ExportKind::Pdf, data, out, sha);
    return result;
}

} // namespace daymark::report
