// Shows one document of a record for review: an image with zoom in / out / fit, or a PDF page by
// page. Every control has a button and a key (Ctrl++ / Ctrl+- / Ctrl+0, Page Down / Page Up),
// bound on the widget that hosts the viewer so they work while its document list has the focus.
#pragma once

#include "app/desktop/records/PdfPages.h"

#include <QImage>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QScrollArea;

namespace vitalis::desktop
{

class DocumentViewer : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentViewer(QWidget* parent = nullptr);
    ~DocumentViewer() override;
    // Binds the keys on `scope` (and its children), e.g. the pane holding list and viewer.
    void bindKeys(QWidget* scope);

    // `isPdf` decides the renderer; false with unreadable bytes shows a message instead.
    bool showDocument(const QByteArray& bytes, bool isPdf, const QString& name);
    void showMessage(const QString& text);

    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void nextPage();
    void previousPage();

    double zoom() const { return m_zoom; } // 1.0 = actual size; meaningless while fitting
    bool fitting() const { return m_fit; }
    int pageCount() const;
    int currentPage() const { return m_page; } // 0-based
    QSize shownSize() const;                   // the picture as drawn now
    QString statusText() const;                // "Page 2 of 3 — 150 %"
    QPushButton* zoomInButton() const { return m_zoomIn; }
    QPushButton* zoomOutButton() const { return m_zoomOut; }
    QPushButton* fitButton() const { return m_fitButton; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* previousButton() const { return m_previous; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    QSizeF naturalSize() const; // the page or image at 100 %
    void setZoom(double zoom);

    QLabel* m_name;
    QScrollArea* m_scroll;
    QLabel* m_picture;
    QLabel* m_status;
    QPushButton* m_zoomOut;
    QPushButton* m_zoomIn;
    QPushButton* m_fitButton;
    QPushButton* m_previous;
    QPushButton* m_next;
    QImage m_image;                  // an image document, as decoded
    std::unique_ptr<PdfPages> m_pdf; // a PDF document
    int m_page = 0;
    double m_zoom = 1.0;
    bool m_fit = true;
};

} // namespace vitalis::desktop
