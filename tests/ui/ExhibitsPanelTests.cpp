// The Exhibits panel and viewer: the list with labels and thumbnails, details with the SHA-256, viewing pictures
// (zoom) and text, saving a copy off the UI thread, and opening other files through a temporary copy.
#include "Catch.h"
#include "TestDiary.h"
#include "UiTestSupport.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "exhibits/ExhibitDetails.h"
#include "exhibits/ExhibitViewer.h"
#include "exhibits/ExhibitsModel.h"
#include "exhibits/ExhibitsPanel.h"
#include "exhibits/ImageView.h"
#include "exhibits/TemporaryCopies.h"
#include "exhibits/ThumbnailCache.h"
#include "people/ReasonDialog.h"
#include "widgets/InlineMessage.h"

#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace daymark;
using namespace daymark::test;

namespace {

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QPainter(&image).fillRect(0, 0, width / 2, height / 2, Qt::yellow);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

const QByteArray kMessages =
    QByteArray("[21:40] Unknown: you can't hide from me\n[21:41] Unknown: I know where you park\n");
const QByteArray kRecording = QByteArray("\x00\x01\x02 not a real recording \xff\xfe", 28).repeated(100);

struct ExhibitsFixture
{
    ExhibitsFixture() : copies(copiesBase.path()), panel(copies)
    {
        d->exhibits().setInitials(QStringLiteral("JS"));
        incident = d->incidents().add(sampleIncident()).incident.id;
        photo = d->exhibits().attachData(incident, pngBytes(1600, 1200), QStringLiteral("screenshot 1.png")).record;
        messages = d->exhibits().attachData(incident, kMessages, QStringLiteral("chat.txt")).record;
        recording = d->exhibits().attachData(incident, kRecording, QStringLiteral("voicemail.amr")).record;
        panel.resize(1200, 800);
        panel.setOpener([this](const QUrl& url) {
            opened << url;
            return true;
        });
        panel.show();
        REQUIRE(QTest::qWaitForWindowExposed(&panel));
        panel.setDiary(d.diary.get());
    }

    TestDiary d;
    QTemporaryDir copiesBase;
    ui::TemporaryCopies copies;
    ui::ExhibitsPanel panel;
    QUuid incident;
    evidence::ExhibitRecord photo;
    evidence::ExhibitRecord messages;
    evidence::ExhibitRecord recording;
    QList<QUrl> opened;
};

} // namespace

TEST_CASE("the exhibits panel lists attached exhibits by label, with a thumbnail for the picture")
{
    ExhibitsFixture f;
    QAbstractItemModel* model = f.panel.view()->model();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->index(0, ui::ExhibitsModel::LabelColumn).data().toString() == QStringLiteral("JS/1"));
    CHECK(model->index(1, ui::ExhibitsModel::LabelColumn).data().toString() == QStringLiteral("JS/2"));
    CHECK(model->index(2, ui::ExhibitsModel::LabelColumn).data().toString() == QStringLiteral("JS/3"));
    CHECK(model->index(0, ui::ExhibitsModel::NameColumn).data().toString() == QStringLiteral("screenshot 1.png"));
    CHECK(model->index(0, ui::ExhibitsModel::TypeColumn).data().toString() == QStringLiteral("image/png"));
    CHECK(model->index(1, ui::ExhibitsModel::SizeColumn).data().toString().contains(QStringLiteral("bytes")));
    const qint64 number = f.d->incidents().get(f.incident).number;
    CHECK(model->index(2, ui::ExhibitsModel::IncidentsColumn).data().toString() ==
          QStringLiteral("No. %1").arg(number));

    // The thumbnail is made lazily, off the UI thread, and scaled down.
    const QModelIndex label = model->index(0, ui::ExhibitsModel::LabelColumn);
    model->data(label, Qt::DecorationRole);
    REQUIRE(waitUntil([&] { return !model->data(label, Qt::DecorationRole).isNull(); }));
    const QPixmap thumbnail = model->data(label, Qt::DecorationRole).value<QPixmap>();
    const QSize box = f.panel.model()->thumbnails()->size();
    CHECK(thumbnail.deviceIndependentSize().width() <= box.width());
    CHECK(thumbnail.deviceIndependentSize().width() > 0);
    CHECK(model->data(model->index(1, 0), Qt::DecorationRole).isNull()); // text has no picture

    // The first is selected; its details show the fingerprint taken at import.
    CHECK(f.panel.selectedId() == f.photo.exhibit.id);
    CHECK(f.panel.details()->sha256() == f.photo.exhibit.sha256);
    CHECK(child<QLabel>(f.panel, "exhibitSha256")->text().remove(QLatin1Char('\n')) == f.photo.exhibit.sha256);
    CHECK(child<QLabel>(f.panel, "exhibitHeading")->text().contains(QStringLiteral("JS/1")));
    CHECK(child<QLabel>(f.panel, "exhibitDimensions")->text().contains(QStringLiteral("1600")));
}

TEST_CASE("the image viewer opens at fit-to-window and zooms by keyboard")
{
    ExhibitsFixture f;
    f.panel.select(f.photo.exhibit.id);
    f.panel.view()->setFocus();
    QTest::keyClick(f.panel.view(), Qt::Key_Return);
    auto* viewer = visibleChild<ui::ExhibitViewer>(f.panel);
    REQUIRE(viewer != nullptr);
    REQUIRE(viewer->kind() == ui::ExhibitViewer::Kind::Image);
    REQUIRE(waitUntil([&] { return QApplication::activeWindow() == viewer; }));
    ui::ImageView* image = viewer->imageView();
    REQUIRE(image != nullptr);
    CHECK(image->fitsWindow());
    REQUIRE(QApplication::focusWidget() == image);
    const qreal fitted = image->scale();
    CHECK(fitted < 1.0); // 1600 pixels wide does not fit a 900-pixel window

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus);
    CHECK(image->scale() == Approx(fitted * 1.25));
    CHECK_FALSE(image->fitsWindow());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Minus);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Minus);
    CHECK(image->scale() == Approx(fitted / 1.25));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0);
    CHECK(image->scale() == Approx(1.0));
    CHECK(image->widget()->width() == 1600);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F);
    CHECK(image->fitsWindow());
    CHECK(image->scale() == Approx(fitted).epsilon(0.05));
    CHECK(child<QLabel>(*viewer, "viewerScale")->text().endsWith(QLatin1Char('%')));
}

TEST_CASE("the text viewer shows a text exhibit read-only")
{
    ExhibitsFixture f;
    f.panel.select(f.messages.exhibit.id);
    f.panel.viewSelected();
    auto* viewer = visibleChild<ui::ExhibitViewer>(f.panel);
    REQUIRE(viewer != nullptr);
    REQUIRE(viewer->kind() == ui::ExhibitViewer::Kind::Text);
    CHECK(viewer->textView()->toPlainText() == QString::fromUtf8(kMessages));
    CHECK(viewer->textView()->isReadOnly());
}

TEST_CASE("another kind of file opens elsewhere only through a warned, wiped temporary copy")
{
    ExhibitsFixture f;
    f.panel.select(f.recording.exhibit.id);
    f.panel.viewSelected();
    auto* viewer = visibleChild<ui::ExhibitViewer>(f.panel);
    REQUIRE(viewer != nullptr);
    REQUIRE(viewer->kind() == ui::ExhibitViewer::Kind::Other);
    CHECK(child<QLabel>(*viewer, "viewerWarning")->text().contains(QStringLiteral("decrypted copy")));
    CHECK(f.copies.paths().isEmpty()); // nothing is written before the person asks
    CHECK(f.opened.isEmpty());

    QTest::mouseClick(child<QPushButton>(*viewer, "viewerOpenElsewhere"), Qt::LeftButton);
    REQUIRE(f.opened.size() == 1);
    const QString path = f.opened.at(0).toLocalFile();
    REQUIRE(f.copies.paths() == QStringList{path});
    QFile copy(path);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == kRecording);
    copy.close();

    // Locking (the diary page wipes its copies then) leaves nothing behind.
    f.panel.setDiary(nullptr);
    CHECK(f.panel.findChildren<ui::ExhibitViewer*>().isEmpty());
    f.copies.wipeAll();
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("save a copy writes the original off the UI thread, never over an existing file")
{
    ExhibitsFixture f;
    QTemporaryDir out;
    f.panel.select(f.photo.exhibit.id);
    const QString path = out.filePath(QStringLiteral("JS-1 screenshot.png"));
    f.panel.saveCopyTo(path);
    REQUIRE(waitUntil([&] { return !f.panel.isSavingCopy(); }));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex() ==
          f.photo.exhibit.sha256.toLatin1());
    CHECK(f.panel.message()->kind() == ui::InlineMessage::Kind::Success);

    f.panel.saveCopyTo(path); // again, to the same name
    CHECK_FALSE(f.panel.isSavingCopy());
    CHECK(f.panel.message()->kind() == ui::InlineMessage::Kind::Error);
    CHECK(f.panel.message()->accessibleName().contains(QStringLiteral("never overwrites")));
}

TEST_CASE("deleting an exhibit that still belongs to an incident is refused with the diary's sentence")
{
    ExhibitsFixture f;
    f.panel.select(f.messages.exhibit.id);
    f.panel.view()->setFocus();
    QTest::keyClick(f.panel.view(), Qt::Key_Delete);
    auto* dialog = visibleChild<ui::ReasonDialog>(f.panel);
    REQUIRE(dialog != nullptr);
    typeInto(child<QLineEdit>(*dialog, "reasonText"), QStringLiteral("duplicate"));
    QTest::mouseClick(child<QPushButton>(*dialog, "reasonOk"), Qt::LeftButton);
    CHECK(dialog->isVisible()); // stays open with the reason
    CHECK(child<ui::InlineMessage>(*dialog, "reasonError")->accessibleName().contains(QStringLiteral("JS/2")));
    CHECK_FALSE(f.d->exhibits().get(f.messages.exhibit.id).deleted);
}
