#include "app/desktop/records/PdfPages.h"

#include <QEventLoop>
#include <QPainter>
#include <QPdfDocument>
#include <QTimer>

namespace vitalis::desktop
{

PdfPages::PdfPages() : m_doc(std::make_unique<QPdfDocument>()) {}

PdfPages::~PdfPages()
{
    m_doc->close();
}

bool PdfPages::open(const QByteArray& bytes)
{
    m_doc->close();
    m_buffer.close();
    m_bytes = bytes;
    m_buffer.setBuffer(&m_bytes);
    if (!m_buffer.open(QIODevice::ReadOnly))
        return false;
    m_doc->load(&m_buffer);
    if (m_doc->status() == QPdfDocument::Status::Loading) {
        // An in-memory buffer loads at once; the loop is a guard should Qt finish it later.
        QEventLoop loop;
        QObject::connect(m_doc.get(), &QPdfDocument::statusChanged, &loop, [&loop, this] {
            if (m_doc->status() != QPdfDocument::Status::Loading)
                loop.quit();
        });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_doc->status() == QPdfDocument::Status::Ready && m_doc->pageCount() > 0;
}

int PdfPages::count() const
{
    return m_doc->status() == QPdfDocument::Status::Ready ? m_doc->pageCount() : 0;
}

QSizeF PdfPages::pageSizePoints(int page) const
{
    return m_doc->pagePointSize(page);
}

QImage PdfPages::render(int page, const QSize& size) const
{
    const QSizeF points = pageSizePoints(page);
    if (points.isEmpty() || size.isEmpty())
        return {};
    const QSize target = points.scaled(QSizeF(size), Qt::KeepAspectRatio).toSize();
    QImage image = m_doc->render(page, target.expandedTo(QSize(1, 1)));
    if (image.isNull())
        return image;
    // Pages are transparent where nothing is printed: show them on paper white.
    QImage paper(image.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter(&paper).drawImage(0, 0, image);
    return paper;
}

} // namespace vitalis::desktop
