#include "app/desktop/shell/UserGuideWindow.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace vitalis::desktop
{

UserGuideWindow::UserGuideWindow(const std::filesystem::path& guide, QWidget* parent)
    : QDialog(parent), m_browser(new QTextBrowser(this)), m_guide(guide)
{
    setObjectName(QStringLiteral("userGuide"));
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    const QString file = QString::fromStdString(guide.string());
    m_loaded = QFileInfo(file).isReadable();
    if (m_loaded) {
        // A file URL ending in .md is read as Markdown; images resolve next to the guide.
        m_browser->setSource(QUrl::fromLocalFile(file), QTextDocument::MarkdownResource);
    }
    retranslate();
    resize(820, 700);
    m_browser->setFocus();
}

void UserGuideWindow::retranslate()
{
    setWindowTitle(tr("Vitalis user guide"));
    m_browser->setAccessibleName(tr("User guide"));
    if (!m_loaded)
        m_browser->setPlainText(
            tr("The user guide is not installed on this laptop. Ask your IT team to reinstall "
               "Vitalis.\n\n(Looked for %1)")
                .arg(QString::fromStdString(m_guide.string())));
}

void UserGuideWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace vitalis::desktop
