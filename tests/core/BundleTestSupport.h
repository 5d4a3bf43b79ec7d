// Shared by the bundle tests: a small demo diary, running outside tools (unzip, sha256sum, openssl) and rebuilding a
// bundle zip after changing its files, the way someone tampering with it would.
#pragma once

#include "common/Clock.h"
#include "diary/DemoDiary.h"
#include "diary/Diary.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace daymark::test::bundle {

struct DemoBundleDiary
{
    explicit DemoBundleDiary(int incidents = 30);
    QString path(const QString& name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    diary::DemoOptions options;
    ManualClock clock;
    std::unique_ptr<diary::Diary> diary;
};

struct ToolRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
ToolRun runTool(const QString& program, const QStringList& arguments, const QString& workDir = {});

// Unzips `zip` into a new folder `folder` (with unzip); requires success.
void unzipTo(const QString& zip, const QString& folder);
// Zips every file under `folder` into a new `zip` (with zip -r -X), files in sorted order.
void zipFolder(const QString& folder, const QString& zip);
// The files under `folder`, relative, sorted.
QStringList filesUnder(const QString& folder);

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace daymark::test::bundle
