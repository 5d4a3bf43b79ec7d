// Tests for report/zip/ZipWriter, ZipReader and report/BundleFileNames: what the writer makes is read back by
// Info-ZIP's unzip and by libzip, zip64 fields included, and exhibit file names unzip safely on any system.
#include "BundleTestSupport.h"
#include "Catch.h"

#include "report/BundleFileNames.h"
#include "report/zip/ZipReader.h"
#include "report/zip/ZipWriter.h"

#include <QFile>
#include <QTemporaryDir>

using namespace daymark;
using namespace daymark::report;
using namespace daymark::test::bundle;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QByteArray pattern(qint64 size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (qint64 i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        bytes[i] = char(x >> 24);
    }
    return bytes;
}

void writeZip(const QString& path, quint64 zip64Limit, const QList<QPair<QString, QByteArray>>& entries)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    zip::ZipWriter writer(file, QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC), zip64Limit);
    bool deflate = false;
    for (const auto& [name, data] : entries) {
        writer.begin(name, deflate ? zip::Method::Deflate : zip::Method::Store, data.size());
        // In uneven pieces, as a stream would come.
        for (qint64 at = 0; at < data.size(); at += 70001)
            writer.device().write(data.constData() + at, std::min<qint64>(70001, data.size() - at));
        writer.finish();
        deflate = !deflate;
    }
    writer.close();
}

} // namespace

TEST_CASE("zip entries, stored and deflated, read back identical with unzip and libzip, zip64 fields included")
{
    // Values, not the constant itself: Catch would keep a reference to it.
    const quint64 limit = GENERATE(quint64(zip::ZipWriter::kZip64Limit), quint64(5000));
    QTemporaryDir dir;
    const QList<QPair<QString, QByteArray>> entries{
        {s("README.txt"), QByteArray("plain text\r\n").repeated(500)},
        {s("exhibits/JS-1_photo.jpg"), pattern(300000, 1)},
        {s("exhibits/JS-2_Zoë ß 東京.txt"), QByteArray("ünïcödé name")},
        {s("empty.bin"), QByteArray()},
        {s("SHA256SUMS"), pattern(12000, 2)},
    };
    const QString path = dir.filePath(s("t.zip"));
    writeZip(path, limit, entries);

    const ToolRun test = runTool(s("unzip"), {s("-t"), path});
    INFO(test.out.toStdString() << test.err.toStdString());
    CHECK(test.exitCode == 0);

    const QString folder = dir.filePath(s("out"));
    unzipTo(path, folder);
    for (const auto& [name, data] : entries)
        CHECK(readFile(folder + u'/' + name) == data);

    const zip::ZipReader reader(path);
    REQUIRE(reader.count() == entries.size());
    for (qint64 i = 0; i < reader.count(); ++i) {
        CHECK(reader.name(i) == entries[i].first);
        CHECK(reader.size(i) == entries[i].second.size());
        QByteArray data;
        CHECK(reader.readAll(i, data).isEmpty());
        CHECK(data == entries[i].second);
    }
}

TEST_CASE("exhibit file names are safe on Windows and macOS, keep their extension and are unique")
{
    CHECK(exhibitFileName(s("JS/1"), s("photo.jpg")) == s("JS-1_photo.jpg"));
    CHECK(exhibitFileName(s("JS/2"), s("a<b>c:d\"e/f\\g|h?i*j.png")) == s("JS-2_a_b_c_d_e_f_g_h_i_j.png"));
    CHECK(exhibitFileName(s("JS/3"), s("tab\there\nnew.txt")) == s("JS-3_tab_here_new.txt"));
    CHECK(exhibitFileName(s("JS/4"), s("ends with dots... ")) == s("JS-4_ends with dots"));
    CHECK(exhibitFileName(s("JS/5"), QString()) == s("JS-5"));
    CHECK(safeFileName(s("CON")) == s("_CON"));
    CHECK(safeFileName(s("nul.txt")) == s("_nul.txt"));
    CHECK(safeFileName(s("com1")) == s("_com1"));
    CHECK(safeFileName(s("LPT9.log")) == s("_LPT9.log"));
    CHECK(safeFileName(s("console.txt")) == s("console.txt"));
    CHECK(safeFileName(s("...")) == s("file"));
    // Decomposed é (as macOS stores it) becomes the composed form.
    CHECK(safeFileName(s("Cafe\xcc\x81.jpg")) == s("Caf\xc3\xa9.jpg"));

    const QString longName = QString(300, u'x') + s(".jpeg");
    const QString cut = exhibitFileName(s("JS/6"), longName);
    CHECK(cut.size() <= 120);
    CHECK(cut.startsWith(s("JS-6_xxx")));
    CHECK(cut.endsWith(s(".jpeg")));

    UniqueNames names;
    CHECK(names.claim(s("a.jpg")) == s("a.jpg"));
    CHECK(names.claim(s("A.JPG")) == s("A-2.JPG"));
    CHECK(names.claim(s("a.jpg")) == s("a-3.jpg"));
}
