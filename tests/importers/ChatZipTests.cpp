// WhatsApp zips: the chat and its media come from memory into the diary; unsafe names and zip bombs are refused
// before anything is read. The zips are made by Python's zipfile, which writes any name it is given.
#include "Catch.h"
#include "ImportTestSupport.h"
#include "TestDiary.h"

#include "common/Error.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "importers/ImportCommitter.h"

#include <QProcess>
#include <QStandardPaths>

using namespace daymark;
using namespace daymark::test;
using namespace daymark::importers;

namespace {

// Writes a zip with entries given as Python expressions of (name, bytes, compress).
bool makeZip(const QString& path, const QString& entries)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile\n"
                                 "with zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
                                 "    for name, data, packed in [%1]:\n"
                                 "        z.writestr(name, data, zipfile.ZIP_DEFLATED if packed else "
                                 "zipfile.ZIP_STORED)\n")
                      .arg(entries),
                  path});
    return python.waitForFinished(60000) && python.exitCode() == 0;
}

QString refusal(const QString& path)
{
    try {
        ImportSource source(ImportFormat::WhatsApp, path);
        TestDiary t;
        ImportCommitter::run(*t.diary, source, {});
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        return e.message();
    }
    return {};
}

} // namespace

TEST_CASE("a WhatsApp zip's chat is imported and the media its messages name become their exhibits")
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        DAYMARK_SKIP("python3 is needed to write the test zips");
    TestDiary t;
    const QString zip = t.dir.filePath(QStringLiteral("WhatsApp Chat - Sam.zip"));
    REQUIRE(makeZip(zip, QStringLiteral("('_chat.txt', '[13/06/2018, 21:25:00] Sam: \\u200e<attached: "
                                        "00000042-PHOTO-2018-06-13-21-25-00.jpg>\\n[13/06/2018, 21:26:00] Sam: "
                                        "\\u200e<attached: 00000043-PHOTO-gone.jpg>\\n"
                                        "[13/06/2018, 21:27:00] Sam: see?\\n'.encode(), True), "
                                        "('00000042-PHOTO-2018-06-13-21-25-00.jpg', b'\\xff\\xd8\\xff\\xe0 photo', "
                                        "False)")));
    ImportSource source(ImportFormat::WhatsApp, zip);
    CHECK(source.isZip());
    CommitOptions options;
    options.zone = QTimeZone("Europe/London");
    const CommitResult r = ImportCommitter::run(*t.diary, source, options);
    CHECK(r.incidentsAdded == 3);
    CHECK(r.mediaAttached == 1);
    CHECK(r.mediaMissing == 1);
    const auto exhibits = t->exhibits().list();
    REQUIRE(exhibits.size() == 2); // the zip itself and the photo
    CHECK(exhibits[0].exhibit.incidents.size() == 3);
    CHECK(exhibits[1].exhibit.originalName == QStringLiteral("00000042-PHOTO-2018-06-13-21-25-00.jpg"));
    CHECK(exhibits[1].exhibit.incidents.size() == 1);
    CHECK(t->exhibits().read(exhibits[1].exhibit.id) == QByteArray("\xff\xd8\xff\xe0 photo"));
    CHECK(t->check().ok());
}

TEST_CASE("a zip with a path out of its folder, a zip bomb or no chat inside is refused before reading")
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        DAYMARK_SKIP("python3 is needed to write the test zips");
    QTemporaryDir dir;
    const QString escape = dir.filePath(QStringLiteral("escape.zip"));
    REQUIRE(makeZip(escape, QStringLiteral("('_chat.txt', b'13/06/2018, 21:25 - Sam: hi\\n', True), "
                                           "('../../x', b'evil', True)")));
    CHECK(refusal(escape).contains(QStringLiteral("../../x")));
    const QString absolute = dir.filePath(QStringLiteral("absolute.zip"));
    REQUIRE(makeZip(absolute, QStringLiteral("('_chat.txt', b'13/06/2018, 21:25 - Sam: hi\\n', True), "
                                             "('/etc/passwd', b'evil', True)")));
    CHECK(refusal(absolute).contains(QStringLiteral("/etc/passwd")));
    const QString bomb = dir.filePath(QStringLiteral("bomb.zip"));
    REQUIRE(makeZip(bomb, QStringLiteral("('_chat.txt', b'13/06/2018, 21:25 - Sam: hi\\n' + b' ' * 50000000, "
                                         "True)")));
    CHECK(refusal(bomb).contains(QStringLiteral("zip bomb")));
    const QString empty = dir.filePath(QStringLiteral("nochat.zip"));
    REQUIRE(makeZip(empty, QStringLiteral("('photo.jpg', b'x', False)")));
    CHECK(refusal(empty).contains(QStringLiteral("no chat text")));
    const QString broken = dir.filePath(QStringLiteral("broken.zip"));
    writeAll(broken, QByteArrayLiteral("PK\x03\x04 not really a zip"));
    CHECK(refusal(broken).contains(QStringLiteral("zip")));
}
