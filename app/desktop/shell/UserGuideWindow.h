// The user guide inside the application (F1, Help → User guide): docs/user-guide.md as
// installed with the program, rendered from Markdown with its screenshots; Esc closes it.
#pragma once

#include <QDialog>
#include <filesystem>

class QTextBrowser;

namespace vitalis::desktop
{

class UserGuideWindow : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideWindow(const std::filesystem::path& guide, QWidget* parent = nullptr);
    QTextBrowser& browser() { return *m_browser; }
    bool isLoaded() const { return m_loaded; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QTextBrowser* m_browser;
    std::filesystem::path m_guide;
    bool m_loaded = false;
};

} // namespace vitalis::desktop
