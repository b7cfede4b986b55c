// The Print certificate dialog: template and language, who collects it, the fee and receipt,
// a reprint's reason, a DRAFT preview, then Print… (OS print dialog) or Save as PDF….
#pragma once

#include "app/common/CertificatePrinting.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vitalis::desktop
{

class DesktopSession;

class PrintCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    PrintCertificateDialog(DesktopSession& session, const QString& recordId,
                           QWidget* parent = nullptr);
    ~PrintCertificateDialog() override;

    // Queues the print and writes the PDF; false (and the reason shown) when refused.
    bool saveAsPdf(const QString& file);
    QString errorText() const;
    QComboBox* collectorBox() const { return m_relation; }
    QLineEdit* collectorName() const { return m_name; }
    QLineEdit* idNumber() const { return m_idNumber; }
    QCheckBox* idChecked() const { return m_idChecked; }
    QLineEdit* receipt() const { return m_receipt; }
    QLineEdit* reason() const { return m_reason; }
    QLabel* preview() const { return m_preview; }

private:
    void buildForm();
    void fillTemplates();
    void updatePreview();
    CertificateChoice choice() const;
    // The print queued and signed; nullopt (and the error shown) when refused.
    std::optional<PreparedCertificate> printNow();
    void onPrint();
    void onSave();
    void showError(const QString& text);

    DesktopSession& m_session;
    Record m_record;
    std::unique_ptr<CertificatePrinting> m_printing;
    bool m_reprint = false;
    QComboBox* m_template = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_relation = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_idType = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QCheckBox* m_idChecked = nullptr;
    QLabel* m_fee = nullptr;
    QLineEdit* m_receipt = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace vitalis::desktop
