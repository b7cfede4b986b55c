// A PDF held in memory, page by page, for the document viewer and thumbnails: Qt's PDF module
// (QPdfDocument, Debian package qt6-pdf-dev) does the parsing and rendering.
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <memory>

class QPdfDocument;

namespace vitalis::desktop
{

class PdfPages
{
public:
    PdfPages();
    ~PdfPages();
    // False when the bytes are not a readable PDF.
    bool open(const QByteArray& bytes);
    int count() const;
    QSizeF pageSizePoints(int page) const;
    // The page rendered to fit `size` (keeping its proportions).
    QImage render(int page, const QSize& size) const;

private:
    QByteArray m_bytes;
    QBuffer m_buffer; // QPdfDocument reads from it for as long as the document lives
    std::unique_ptr<QPdfDocument> m_doc;
};

} // namespace vitalis::desktop
