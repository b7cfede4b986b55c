// Verify certificate: a clerk checks a certificate's QR offline with the country's root key and
// the revocation list of the last sync. A USB scanner types the QR text into the field (Enter
// checks), or "Open photo…" reads it from an image; the verdict in words and the signed fields.
#pragma once

#include "app/desktop/session/DesktopSession.h"

#include <QWidget>
#include <filesystem>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vitalis::desktop
{

class VerifyScreen : public QWidget
{
    Q_OBJECT
public:
    // `rootKeyFile`: the country's root public key (the shipped keys/root.pub).
    VerifyScreen(DesktopSession& session, std::filesystem::path rootKeyFile,
                 QWidget* parent = nullptr);

    void reset(); // empty, the field focused: ready for the scanner
    void verifyText(const QString& text);
    void verifyImage(const QString& file);
    void openPhoto(); // asks for the file, then verifyImage

    QLineEdit* input() const { return m_input; }
    QPushButton* checkButton() const { return m_check; }
    QPushButton* openPhotoButton() const { return m_openPhoto; }
    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* reasonLabel() const { return m_reason; }
    QLabel* listLabel() const { return m_list; }
    QTableWidget* fieldsTable() const { return m_fields; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showProblem(const QString& message);

    DesktopSession& m_session;
    std::filesystem::path m_rootKeyFile;
    QLabel* m_title;
    QLabel* m_hint;
    QLabel* m_inputLabel;
    QLineEdit* m_input;
    QPushButton* m_check;
    QPushButton* m_openPhoto;
    QLabel* m_verdict;
    QLabel* m_reason;
    QLabel* m_list;
    QTableWidget* m_fields;
};

} // namespace vitalis::desktop
