// Temporary copies for other programs: private on disk, overwritten and removed by wipeAll(), and by locking.
#include "Catch.h"
#include "UiTestSupport.h"
#include "exhibits/TemporaryCopies.h"
#include "pages/DiaryPage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <sys/stat.h>
#include <unistd.h>

using namespace daymark;
using namespace daymark::test;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat info
    {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 07777;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("a temporary copy is written 0600 into a 0700 folder, and wipeAll overwrites and removes it")
{
    QTemporaryDir base;
    REQUIRE(base.isValid());
    const QByteArray secret = QByteArray("He said he would find me. ").repeated(4000);
    QString path;
    QString folder;
    const QString watcher = base.filePath(QStringLiteral("second-name"));
    {
        ui::TemporaryCopies copies(base.path());
        path = copies.add(QStringLiteral("voicemail 03.amr"), secret);
        folder = copies.folder();
        CHECK(QFileInfo(path).fileName() == QStringLiteral("voicemail 03.amr"));
        CHECK(QFileInfo(path).absolutePath() == folder);
        CHECK(readAll(path) == secret);
        CHECK(modeOf(path) == 0600);
        CHECK(modeOf(folder) == 0700);
        // A second name for the same file (a hard link) shows what becomes of the bytes once the copy is removed.
        REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(watcher).constData()) == 0);

        // A second copy of the same name does not overwrite the first.
        const QString second = copies.add(QStringLiteral("voicemail 03.amr"), QByteArray("other"));
        CHECK(second != path);
        CHECK(readAll(path) == secret);
        CHECK(copies.paths().size() == 2);

        copies.wipeAll();
        CHECK(copies.paths().isEmpty());
        CHECK(copies.folder().isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(folder));
    const QByteArray left = readAll(watcher);
    CHECK(left.size() == secret.size());
    CHECK(left == QByteArray(secret.size(), '\0')); // overwritten before it was removed
}

TEST_CASE("a name from an imported file cannot put a temporary copy outside its folder")
{
    QTemporaryDir base;
    ui::TemporaryCopies copies(base.path());
    const QString path = copies.add(QStringLiteral("../../escape.txt"), QByteArray("x"));
    CHECK(QFileInfo(path).absolutePath() == copies.folder());
    const QString hidden = copies.add(QStringLiteral(".."), QByteArray("y"));
    CHECK(QFileInfo(hidden).absolutePath() == copies.folder());
    CHECK_FALSE(QFileInfo(hidden).fileName().startsWith(QLatin1Char('.')));
}

TEST_CASE("the destructor wipes what is left, so closing the app leaves no copy")
{
    QTemporaryDir base;
    QString path;
    {
        ui::TemporaryCopies copies(base.path());
        path = copies.add(QStringLiteral("photo.heic"), QByteArray("bytes"));
        REQUIRE(QFileInfo::exists(path));
    }
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(base.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("locking the diary wipes the temporary copies")
{
    WindowFixture f;
    const QString diaryPath = f.path("Diary.daymark");
    makeDiary(diaryPath, kGoodPassword);
    unlockThroughTheLockScreen(f, diaryPath);
    ui::TemporaryCopies& copies = f.window.diaryPage()->temporaryCopies();
    const QString path = copies.add(QStringLiteral("recording.m4a"), QByteArray("evidence"));
    REQUIRE(QFileInfo::exists(path));

    f.window.lockDiary();
    CHECK(f.showing("unlockPage"));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(copies.paths().isEmpty());
}
