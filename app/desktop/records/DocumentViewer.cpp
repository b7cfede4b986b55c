#include "app/desktop/records/DocumentViewer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace vitalis::desktop
{

namespace
{
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 8.0;
constexpr double kStep = 1.25;
} // namespace

DocumentViewer::DocumentViewer(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_name = new QLabel(this);
    m_name->setWordWrap(true);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_scroll = new QScrollArea(this);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_picture = new QLabel(m_scroll);
    m_picture->setObjectName(QStringLiteral("documentPicture"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setWordWrap(true);
    m_scroll->setWidget(m_picture);
    m_scroll->setFocusPolicy(Qt::StrongFocus);      // arrow keys scroll a zoomed page
    m_scroll->viewport()->installEventFilter(this); // "fit" follows the visible area

    auto* bar = new QHBoxLayout;
    m_zoomOut = new QPushButton(this);
    m_zoomIn = new QPushButton(this);
    m_fitButton = new QPushButton(this);
    m_previous = new QPushButton(this);
    m_next = new QPushButton(this);
    m_status = new QLabel(this);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fitButton);
    bar->addStretch(1);
    bar->addWidget(m_status);
    bar->addStretch(1);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    layout->addWidget(m_name);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bar);

    connect(m_zoomIn, &QPushButton::clicked, this, &DocumentViewer::zoomIn);
    connect(m_zoomOut, &QPushButton::clicked, this, &DocumentViewer::zoomOut);
    connect(m_fitButton, &QPushButton::clicked, this, &DocumentViewer::fitToWindow);
    connect(m_next, &QPushButton::clicked, this, &DocumentViewer::nextPage);
    connect(m_previous, &QPushButton::clicked, this, &DocumentViewer::previousPage);
    retranslate();
    showMessage({});
}

DocumentViewer::~DocumentViewer() = default;

void DocumentViewer::bindKeys(QWidget* scope)
{
    auto bind = [scope](const QKeySequence& keys, auto slot, QObject* target) {
        auto* s = new QShortcut(keys, scope);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(s, &QShortcut::activated, target, slot);
    };
    bind(
        QKeySequence::ZoomIn, [this] { zoomIn(); }, this);
    bind(
        QKeySequence(QStringLiteral("Ctrl+=")), [this] { zoomIn(); }, this);
    bind(
        QKeySequence::ZoomOut, [this] { zoomOut(); }, this);
    bind(
        QKeySequence(QStringLiteral("Ctrl+0")), [this] { fitToWindow(); }, this);
    bind(
        QKeySequence(Qt::Key_PageDown), [this] { nextPage(); }, this);
    bind(
        QKeySequence(Qt::Key_PageUp), [this] { previousPage(); }, this);
}

void DocumentViewer::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DocumentViewer::retranslate()
{
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomOut->setToolTip(tr("Ctrl+-"));
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomIn->setToolTip(tr("Ctrl++"));
    m_fitButton->setText(tr("Fit"));
    m_fitButton->setToolTip(tr("Whole page in the window (Ctrl+0)"));
    m_previous->setText(tr("Previous page"));
    m_previous->setToolTip(tr("Page Up"));
    m_next->setText(tr("Next page"));
    m_next->setToolTip(tr("Page Down"));
    m_scroll->setAccessibleName(tr("Document"));
    render();
}

bool DocumentViewer::showDocument(const QByteArray& bytes, bool isPdf, const QString& name)
{
    m_image = QImage();
    m_pdf.reset();
    m_page = 0;
    m_fit = true;
    m_name->setText(name);
    if (isPdf) {
        auto pdf = std::make_unique<PdfPages>();
        if (pdf->open(bytes))
            m_pdf = std::move(pdf);
    } else {
        m_image = QImage::fromData(bytes);
    }
    if (!m_pdf && m_image.isNull()) {
        showMessage(tr("This document cannot be shown: the file is damaged or of an unknown "
                       "kind."));
        m_name->setText(name);
        return false;
    }
    render();
    return true;
}

void DocumentViewer::showMessage(const QString& text)
{
    m_image = QImage();
    m_pdf.reset();
    m_page = 0;
    m_name->clear();
    m_picture->setPixmap({});
    m_picture->setText(text.isEmpty() ? tr("Choose a document to see it here.") : text);
    m_picture->adjustSize();
    render();
}

int DocumentViewer::pageCount() const
{
    if (m_pdf)
        return m_pdf->count();
    return m_image.isNull() ? 0 : 1;
}

QSize DocumentViewer::shownSize() const
{
    return m_picture->pixmap().isNull() ? QSize() : m_picture->pixmap().size();
}

QString DocumentViewer::statusText() const
{
    return m_status->text();
}

QSizeF DocumentViewer::naturalSize() const
{
    if (m_pdf) // points at 96 dpi: a page at "100 %" is its printed size on a usual screen
        return m_pdf->pageSizePoints(m_page) * (96.0 / 72.0);
    return m_image.size();
}

void DocumentViewer::render()
{
    const int pages = pageCount();
    const bool any = pages > 0;
    m_zoomIn->setEnabled(any);
    m_zoomOut->setEnabled(any);
    m_fitButton->setEnabled(any);
    m_previous->setVisible(m_pdf != nullptr);
    m_next->setVisible(m_pdf != nullptr);
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pages);
    if (!any) {
        m_status->clear();
        return;
    }
    const QSizeF natural = naturalSize();
    if (m_fit) {
        const QSize room = m_scroll->viewport()->size() - QSize(8, 8);
        m_zoom =
            std::clamp(std::min(room.width() / natural.width(), room.height() / natural.height()),
                       kMinZoom, kMaxZoom);
    }
    const QSize target = (natural * m_zoom).toSize().expandedTo(QSize(1, 1));
    const QImage picture =
        m_pdf ? m_pdf->render(m_page, target)
              : m_image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_picture->setText({});
    m_picture->setPixmap(QPixmap::fromImage(picture));
    m_picture->resize(picture.size());
    const QString percent = tr("%1 %").arg(std::lround(m_zoom * 100));
    m_status->setText(m_pdf ? tr("Page %1 of %2 — %3").arg(m_page + 1).arg(pages).arg(percent)
                            : percent);
}

void DocumentViewer::setZoom(double zoom)
{
    if (pageCount() == 0)
        return;
    m_fit = false;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    render();
}

void DocumentViewer::zoomIn()
{
    setZoom(m_zoom * kStep);
}

void DocumentViewer::zoomOut()
{
    setZoom(m_zoom / kStep);
}

void DocumentViewer::fitToWindow()
{
    m_fit = true;
    render();
}

void DocumentViewer::nextPage()
{
    if (m_pdf && m_page + 1 < m_pdf->count()) {
        ++m_page;
        render();
        m_scroll->verticalScrollBar()->setValue(0);
    }
}

void DocumentViewer::previousPage()
{
    if (m_pdf && m_page > 0) {
        --m_page;
        render();
        m_scroll->verticalScrollBar()->setValue(0);
    }
}

void DocumentViewer::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_fit)
        render();
}

bool DocumentViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fit &&
        pageCount() > 0)
        render();
    return QWidget::eventFilter(watched, event);
}

} // namespace vitalis::desktop
