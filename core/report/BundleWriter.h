// The evidence bundle: one zip with the PDF timeline, the original exhibit files, CSV and JSON of the incidents,
// SHA256SUMS, a manifest signed with the diary's Ed25519 key, the public key and a README (docs/bundle.md).
#pragma once

#include "evidence/BlobStore.h"
#include "report/ExportSelection.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace daymark::diary {
class Diary;
}

namespace daymark::report {

struct BundleFile
{
    QString path; // inside the zip
    qint64 size = 0;
    QString sha256; // lower-case hex
};

struct ExportResult
{
    QString path;
    qint64 size = 0;     // bytes of the file written
    QString sha256;      // a bundle: its manifest.json; a PDF: the file
    QString fingerprint; // the diary's fingerprint the export names (before its own journal record)
    int incidents = 0;
    int exhibits = 0;
    std::vector<BundleFile> files; // a bundle's files, in zip order
};

// Names of the files every bundle has.
namespace bundle {
inline constexpr char kReadme[] = "README.txt";
inline constexpr char kTimeline[] = "timeline.pdf";
inline constexpr char kCsv[] = "incidents.csv";
inline constexpr char kJson[] = "incidents.json";
inline constexpr char kExhibitFolder[] = "exhibits/";
inline constexpr char kPublicKey[] = "signing-key.pem";
inline constexpr char kManifest[] = "manifest.json";
inline constexpr char kSignature[] = "manifest.sig";
inline constexpr char kSums[] = "SHA256SUMS";
} // namespace bundle

// Writes a bundle of what `selection` chooses to `outPath` (a new file), streaming exhibits from the diary into the
// zip, then appends the export's journal record. `progress` reports bytes-like units done of a total. Throws Error
// (AlreadyExists, Cancelled, ...); on any failure or cancellation no file is left and nothing is recorded.
// Needs a QGuiApplication (the PDF).
ExportResult exportBundle(diary::Diary& diary, const ExportSelection& selection, const QString& outPath,
                          const evidence::Progress& progress = {}, const std::atomic<bool>* cancel = nullptr);

// The PDF timeline alone, written the same careful way, and recorded in the journal.
ExportResult exportPdf(diary::Diary& diary, const ExportSelection& selection, const QString& outPath,
                       const evidence::Progress& progress = {}, const std::atomic<bool>* cancel = nullptr);

} // namespace daymark::report
