// Documents for review: the record screen's Documents tab and the review queue's pane list a
// record's scans with thumbnails of at least 160 px; the viewer zooms an image in and out and
// fits it by keyboard (Ctrl++, Ctrl+-, Ctrl+0) and by buttons, and turns a PDF's pages (Page
// Down / Page Up), rendered by Qt's PDF module.
#include "RecordsTestSupport.h"
#include "app/desktop/records/DocumentViewer.h"
#include "app/desktop/records/DocumentsPane.h"
#include "app/desktop/records/RecordScreen.h"
#include "app/desktop/records/ReviewQueueModel.h"
#include "app/desktop/records/ReviewQueueScreen.h"

#include <QBuffer>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

std::vector<std::uint8_t> bytesOf(const QByteArray& a)
{
    return {a.begin(), a.end()};
}

QByteArray pngScan()
{
    QImage image(1200, 900, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setFont(QFont(QStringLiteral("Sans"), 40));
    p.drawText(QRect(0, 0, 1200, 900), Qt::AlignCenter, QStringLiteral("Birth notification"));
    p.end();
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return out;
}

QByteArray twoPagePdf()
{
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    QPdfWriter writer(&b);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter p(&writer);
    p.drawText(QPoint(200, 200), QStringLiteral("Page one"));
    writer.newPage();
    p.drawText(QPoint(200, 200), QStringLiteral("Page two"));
    p.end();
    return out;
}

class DocumentsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        session = profile.openSession(clock);
        record = session->records().start(
            session->actor(),
            {"birth", "birth", 1, birthDeclaration(clock, "Amina"), RecordAction::Declare});
        auto& a = session->store().attachments();
        a.put(record.id, "proof_of_birth", "notification.png", "image/png", bytesOf(pngScan()),
              clock.nowMillis());
        a.put(record.id, "mother_id_document", "mother-id.pdf", "application/pdf",
              bytesOf(twoPagePdf()), clock.nowMillis());
    }
    int rowNamed(QListWidget* list, const QString& name)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().contains(name))
                return i;
        return -1;
    }

    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile{"local_registrar"};
    std::unique_ptr<DesktopSession> session;
    RecordingNavigator nav;
    Record record;
};

TEST_F(DocumentsTest, RecordScreenShowsReadableThumbnailsAndAViewerDrivenByKeyboard)
{
    RecordScreen screen(*session, nav);
    screen.resize(1180, 760);
    screen.show();
    screen.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    screen.showRecord(QString::fromStdString(record.id));
    EXPECT_TRUE(screen.tabs()->tabText(2).contains(QStringLiteral("2")));
    screen.tabs()->setCurrentIndex(2);
    QTest::qWait(50); // the tab's layout sizes the viewer
    auto* pane = screen.documents();
    auto* list = pane->list();
    ASSERT_EQ(list->count(), 2);
    EXPECT_GE(list->iconSize().width(), 160);
    for (int i = 0; i < list->count(); ++i) {
        const QIcon icon = list->item(i)->icon();
        ASSERT_FALSE(icon.isNull()) << "thumbnail of " << list->item(i)->text().toStdString();
        const QSize shown = icon.actualSize(list->iconSize());
        EXPECT_GE(std::max(shown.width(), shown.height()), 160)
            << list->item(i)->text().toStdString();
    }

    // The image: fitted first, then zoomed by keyboard and by the buttons.
    list->setFocus();
    list->setCurrentRow(rowNamed(list, QStringLiteral("notification.png")));
    QTest::qWait(50);
    auto* viewer = pane->viewer();
    ASSERT_GT(viewer->zoom(), 0.2)
        << "fitted to the shown viewer, not to its size before the tab opened";
    EXPECT_TRUE(viewer->fitting());
    EXPECT_EQ(viewer->pageCount(), 1);
    const QSize fitted = viewer->shownSize();
    ASSERT_TRUE(fitted.isValid());
    QTest::keyClick(list, Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_FALSE(viewer->fitting());
    const QSize bigger = viewer->shownSize();
    EXPECT_GT(bigger.width(), fitted.width());
    QTest::keyClick(list, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(list, Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_LT(viewer->shownSize().width(), bigger.width());
    viewer->zoomInButton()->click();
    viewer->zoomInButton()->click();
    viewer->zoomInButton()->click();
    EXPECT_GT(viewer->shownSize().width(), fitted.width());
    QTest::keyClick(list, Qt::Key_0, Qt::ControlModifier);
    EXPECT_TRUE(viewer->fitting());
    EXPECT_EQ(viewer->shownSize(), fitted);

    // The PDF: page by page with Page Down / Page Up and the buttons.
    QTest::keyClick(list, list->currentRow() == 0 ? Qt::Key_Down : Qt::Key_Up);
    EXPECT_TRUE(list->currentItem()->text().contains(QStringLiteral("mother-id.pdf")));
    EXPECT_EQ(viewer->pageCount(), 2);
    EXPECT_EQ(viewer->currentPage(), 0);
    EXPECT_TRUE(viewer->statusText().startsWith(QStringLiteral("Page 1 of 2")))
        << viewer->statusText().toStdString();
    ASSERT_TRUE(viewer->shownSize().isValid()) << "the page is rendered";
    QTest::keyClick(list, Qt::Key_PageDown);
    EXPECT_EQ(viewer->currentPage(), 1);
    EXPECT_TRUE(viewer->statusText().startsWith(QStringLiteral("Page 2 of 2")));
    EXPECT_FALSE(viewer->nextButton()->isEnabled()) << "last page";
    QTest::keyClick(list, Qt::Key_PageUp);
    EXPECT_EQ(viewer->currentPage(), 0);
    viewer->nextButton()->click();
    EXPECT_EQ(viewer->currentPage(), 1);
    EXPECT_TRUE(saveScreenshot(screen, QStringLiteral("records-documents-en")));
}

TEST_F(DocumentsTest, TheReviewQueueShowsTheCurrentRecordsDocuments)
{
    const auto other = session->records().start(
        session->actor(),
        {"birth", "birth", 1, birthDeclaration(clock, "Bwalya"), RecordAction::Declare});
    ReviewQueueScreen screen(*session, nav);
    screen.resize(1180, 700);
    screen.show();
    ASSERT_EQ(screen.model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        screen.table()->setCurrentIndex(screen.model()->index(row, 0));
        const bool withDocs = screen.model()->record(row).id == record.id;
        EXPECT_EQ(screen.documents()->count(), withDocs ? 2 : 0) << row;
    }
    (void)other;
}

} // namespace
