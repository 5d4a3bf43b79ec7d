// The README's words are one translatable text with the facts filled in, so translators see it whole.
#include "report/BundleReadme.h"

#include <QCoreApplication>
#include <QLocale>

namespace daymark::report {

QByteArray bundleReadme(const ReportData& data, bool withExhibitFiles)
{
    const QString exhibits =
        withExhibitFiles
            ? QCoreApplication::translate(
                  "daymark::report",
                  "exhibits/          The original evidence files, byte for byte as they were when added to the\n"
                  "                   diary, each named by its exhibit number (exhibit JS/1 is JS-1_...). The\n"
                  "                   PDF and incidents.csv refer to them by these numbers.\n")
            : QCoreApplication::translate("daymark::report",
                                          "(The original evidence files were left out of this bundle on purpose; "
                                          "the PDF lists them with their SHA-256.)\n");
    const QString text =
        QCoreApplication::translate(
            "daymark::report", "EVIDENCE BUNDLE - INCIDENT DIARY\n"
                               "================================\n"
                               "\n"
                               "This bundle was exported from a Daymark incident diary on %1 (UTC).\n"
                               "Incidents: %2. Exhibits: %3.\n"
                               "Diary fingerprint at export: %4\n"
                               "\n"
                               "WHAT IS INSIDE\n"
                               "\n"
                               "timeline.pdf       The incidents in time order, with exhibit numbers. Start here.\n"
                               "%5"
                               "incidents.csv      The same incidents as a spreadsheet (opens in Excel).\n"
                               "incidents.json     The same incidents, people, orders and exhibits for software.\n"
                               "manifest.json      A list of every file with its size and SHA-256 hash.\n"
                               "manifest.sig       A digital signature of manifest.json made with the diary's key.\n"
                               "signing-key.pem    The diary's public key, to check that signature.\n"
                               "SHA256SUMS         The SHA-256 hash of every other file in the bundle.\n"
                               "README.txt         This file.\n"
                               "\n"
                               "HOW TO CHECK IT\n"
                               "\n"
                               "Unzip the bundle into an empty folder, open a terminal in that folder and run:\n"
                               "\n"
                               "  sha256sum -c SHA256SUMS\n"
                               "\n"
                               "Every line must end in \"OK\". Then check the signature:\n"
                               "\n"
                               "  openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in manifest.json "
                               "-sigfile manifest.sig\n"
                               "\n"
                               "It must print \"Signature Verified Successfully\". (OpenSSL 3.0 or later. On Windows, "
                               "'certutil -hashfile FILE SHA256' shows one file's hash to compare with SHA256SUMS.)\n"
                               "With Daymark installed, 'daymark-cli verify BUNDLE.zip' does both checks at once and "
                               "also reports any file added or removed.\n"
                               "\n"
                               "WHAT THE CHECKS PROVE, AND WHAT THEY DO NOT\n"
                               "\n"
                               "- If both checks pass, no file in this bundle has been changed since it was exported, "
                               "and the list of files was signed by the holder of the diary's key.\n"
                               "- The exhibit files are the same bytes as when they were added to the diary; their "
                               "SHA-256 was taken at that time and is shown in the PDF and incidents.json.\n"
                               "- The signature shows which diary made the bundle only if you compare the "
                               "fingerprint above, or the key in signing-key.pem, with one the diary's owner gave "
                               "you separately (for example read aloud, or sent earlier). Anyone can make a new key "
                               "and sign a changed bundle with it.\n"
                               "- The checks do not prove that what the diary says is true, or that an incident "
                               "happened at the time given. Each entry shows when it happened and, separately, when "
                               "it was written down; later changes are shown as amendments with the earlier text.\n"
                               "- Details may have been redacted on purpose before export; they appear as "
                               "\"%6\". Private notes are left out unless the owner chose to include them.\n")
            .arg(data.exportedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            .arg(data.incidents.size())
            .arg(data.exhibits.size())
            .arg(data.fingerprint, exhibits, redactedText());
    QString crlf = text;
    crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    return crlf.toUtf8();
}

} // namespace daymark::report
