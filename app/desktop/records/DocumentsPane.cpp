#include "app/desktop/records/DocumentsPane.h"

#include "app/desktop/records/DocumentViewer.h"
#include "app/desktop/records/FieldDisplay.h"
#include "app/desktop/records/PdfPages.h"
#include "core/store/StoreError.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

namespace vitalis::desktop
{

namespace
{
constexpr int kIdRole = Qt::UserRole;

bool isPdf(const AttachmentInfo& a)
{
    return a.mimeType == "application/pdf";
}

// Bytes stay in the encrypted profile until shown; "remote" ones are not on this device yet.
bool onDevice(const AttachmentInfo& a)
{
    return a.uploadState != "remote";
}

QImage thumbnail(const QByteArray& bytes, bool pdf, int size)
{
    if (pdf) {
        PdfPages pages;
        return pages.open(bytes) ? pages.render(0, QSize(size, size)) : QImage();
    }
    const QImage image = QImage::fromData(bytes);
    return image.isNull() ? image
                          : image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}
} // namespace

DocumentsPane::DocumentsPane(DesktopSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(m_splitter);
    m_list->setObjectName(QStringLiteral("documentList"));
    m_list->setIconSize(QSize(thumbnailSize(), thumbnailSize()));
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    m_list->setMinimumWidth(thumbnailSize() + 40);
    m_viewer = new DocumentViewer(m_splitter);
    m_viewer->bindKeys(this);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_viewer);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({thumbnailSize() + 220, 600}); // the thumbnail and its name beside it
    m_caption->setBuddy(m_list);
    layout->addWidget(m_caption);
    layout->addWidget(m_splitter, 1);
    setFocusProxy(m_list);

    connect(m_list, &QListWidget::currentRowChanged, this, &DocumentsPane::openDocument);
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_viewer->setFocus(); });
    retranslate();
}

int DocumentsPane::thumbnailSize() const
{
    // Readable at any font size: never under 160 px, larger with a larger font.
    return std::max(kMinThumbnail, fontMetrics().height() * 9);
}

void DocumentsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_signature.clear();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void DocumentsPane::retranslate()
{
    m_list->setAccessibleName(tr("Documents"));
    m_caption->setText(tr("Documents attached to the record. Arrow keys move through them; "
                          "Ctrl++ and Ctrl+- zoom, Ctrl+0 fits the page, Page Down and Page Up "
                          "turn the pages."));
}

int DocumentsPane::count() const
{
    return m_list->count();
}

void DocumentsPane::clear()
{
    m_recordId.clear();
    m_signature.clear();
    m_list->clear();
    m_viewer->showMessage({});
}

void DocumentsPane::showRecord(const std::string& recordId)
{
    if (recordId != m_recordId)
        clear();
    m_recordId = recordId;
    rebuild();
}

void DocumentsPane::rebuild()
{
    if (m_recordId.empty())
        return;
    const auto docs = m_session.store().attachments().forRecord(m_recordId);
    std::string signature;
    for (const auto& a : docs)
        signature += a.id + ":" + (onDevice(a) ? "1" : "0") + ";";
    if (signature == m_signature && !signature.empty())
        return;
    m_signature = signature;
    const int keep = std::max(0, m_list->currentRow());
    const auto record = m_session.store().records().find(m_recordId);
    const FieldDisplay display(m_session.forms(), m_session.reference(),
                               m_session.language().toStdString());
    QSignalBlocker block(m_list);
    m_list->clear();
    for (const auto& a : docs) {
        QString text = QString::fromStdString(a.name);
        if (record)
            text = QString::fromStdString(
                       display.label(record->formId, record->formVersion, a.fieldId)) +
                   QLatin1Char('\n') + text;
        auto* item = new QListWidgetItem(m_list);
        item->setData(kIdRole, QString::fromStdString(a.id));
        if (!onDevice(a)) {
            text += QLatin1Char('\n') + tr("Not on this device yet: it comes with the next sync.");
        } else {
            try {
                const auto bytes = m_session.store().attachments().read(a.id);
                const QImage thumb =
                    thumbnail(QByteArray(reinterpret_cast<const char*>(bytes.data()),
                                         static_cast<qsizetype>(bytes.size())),
                              isPdf(a), thumbnailSize());
                if (!thumb.isNull())
                    item->setIcon(QIcon(QPixmap::fromImage(thumb)));
            } catch (const StoreError&) {
                text += QLatin1Char('\n') + tr("Damaged on this device.");
            }
        }
        item->setText(text);
        item->setToolTip(text);
    }
    if (m_list->count() == 0) {
        m_viewer->showMessage(tr("No documents are attached to this record."));
        return;
    }
    m_list->setCurrentRow(std::min(keep, m_list->count() - 1));
    openDocument(m_list->currentRow());
}

void DocumentsPane::openDocument(int row)
{
    auto* item = m_list->item(row);
    if (!item)
        return;
    const auto info =
        m_session.store().attachments().find(item->data(kIdRole).toString().toStdString());
    if (!info || !onDevice(*info)) {
        m_viewer->showMessage(tr("This document is not on this device yet: it comes with the next "
                                 "sync."));
        return;
    }
    try {
        const auto bytes = m_session.store().attachments().read(info->id);
        m_viewer->showDocument(QByteArray(reinterpret_cast<const char*>(bytes.data()),
                                          static_cast<qsizetype>(bytes.size())),
                               isPdf(*info), QString::fromStdString(info->name));
    } catch (const StoreError&) {
        m_viewer->showMessage(tr("This document is damaged on this device; ask for it to be "
                                 "attached again."));
    }
}

} // namespace vitalis::desktop
