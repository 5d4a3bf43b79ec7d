// The closing page: in plain words, what the fingerprint, the hashes and the signature prove, and what they do not.
#include "report/pdf/PdfContext.h"

namespace daymark::report::pdf {

void addClosingPage(PdfContext& c)
{
    const PdfStyle& s = c.style;
    c.flow.newPage();
    c.sectionHeading(Tr::tr("What the fingerprint, hashes and signature prove"));
    auto paragraph = [&](const QString& text) {
        c.flow.text(text, s.body);
        c.flow.space(s.mm(2.5));
    };
    auto point = [&](const QString& text) {
        c.flow.text(Tr::tr("•  %1").arg(text), s.body, s.mm(4));
        c.flow.space(s.mm(1.5));
    };
    paragraph(Tr::tr("This document was made by Daymark from the diary with the fingerprint %1 on %2. The diary keeps "
                     "a journal: every entry, amendment, deletion and exhibit is a record that carries the SHA-256 "
                     "hash of the record before it, so no record can be changed, removed or inserted later without "
                     "breaking the chain.")
                  .arg(c.data.fingerprint, c.format.dateTime(c.data.exportedAt)));
    c.flow.heading(Tr::tr("What they prove"), s.subheading, s.mm(15));
    c.flow.space(s.mm(1.5));
    point(Tr::tr("The evidence bundle is unchanged since it was exported. Its manifest lists every file with its "
                 "SHA-256 and is signed with the diary's own Ed25519 key; changing, adding or removing any file, "
                 "this document included, makes the check fail (sha256sum -c SHA256SUMS, and openssl pkeyutl "
                 "-verify as the bundle's README explains)."));
    point(Tr::tr("Each exhibit is the file that was added to the diary: its SHA-256 was taken when it was added and "
                 "is the same in the exhibit list, the manifest and the bundle."));
    point(Tr::tr("Entries were recorded at the times this diary shows, in the order shown: each recorded time is part "
                 "of the journal chain, and every amendment keeps the earlier version, its reason and its time."));
    point(Tr::tr("The diary's journal as a whole had the fingerprint above when this document was made. If the "
                 "fingerprint was sent to someone earlier, that copy shows the diary already existed in that state "
                 "at that time."));
    c.flow.space(s.mm(2));
    c.flow.heading(Tr::tr("What they do not prove"), s.subheading, s.mm(15));
    c.flow.space(s.mm(1.5));
    point(Tr::tr("That the events happened as described. The diary is the account of the person who kept it; the "
                 "hashes show only that the account was not changed without a trace after it was written."));
    point(Tr::tr("That the computer the diary was kept on was not tampered with before an entry was recorded, or that "
                 "its clock was right. Recorded times come from that computer's clock."));
    point(Tr::tr("Who made an exhibit, or that it shows what it seems to show: only that the file is the one added."));
    point(Tr::tr("That nothing was left out. The export includes only what the person chose; the cover states the "
                 "period covered, and entries deleted in the diary are not shown."));
    point(Tr::tr("The signature shows which diary signed the bundle, not who the person is: the signing key was made "
                 "with the diary and is not certified by anyone."));
    c.flow.space(s.mm(3));
    paragraph(Tr::tr("Times written \"approx.\" are the person's best estimate of when something happened. The gap "
                     "between when an incident happened and when it was recorded is shown beside every entry."));
}

} // namespace daymark::report::pdf
