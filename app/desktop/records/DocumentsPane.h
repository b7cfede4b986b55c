// A record's documents for review: thumbnails large enough to read (at least 160 px) beside a
// viewer. Moving through the list shows each document; Enter moves the focus into the viewer.
// Used on the record screen (Documents tab) and beside the supervisor's review queue.
#pragma once

#include "app/desktop/session/DesktopSession.h"

#include <QWidget>
#include <string>

class QLabel;
class QListWidget;
class QSplitter;

namespace vitalis::desktop
{

class DocumentViewer;

class DocumentsPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMinThumbnail = 160;

    DocumentsPane(DesktopSession& session, QWidget* parent = nullptr);
    // Lists the record's documents (kept when nothing changed, so a re-render is cheap).
    void showRecord(const std::string& recordId);
    void clear();
    int count() const;
    void openDocument(int row);
    QListWidget* list() const { return m_list; }
    DocumentViewer* viewer() const { return m_viewer; }
    int thumbnailSize() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();

    DesktopSession& m_session;
    std::string m_recordId;
    std::string m_signature; // ids and states of the listed documents
    QLabel* m_caption;
    QListWidget* m_list;
    DocumentViewer* m_viewer;
    QSplitter* m_splitter;
};

} // namespace vitalis::desktop
