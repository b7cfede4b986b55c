#include "app/desktop/records/PrintCertificateDialog.h"

#include "app/certificate/CertificateRenderer.h"
#include "app/common/IssuingKey.h"
#include "app/common/ShareDirectory.h"
#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/session/LanguageName.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace vitalis::desktop
{

namespace
{

app::CertificatePage pageOf(const PreparedCertificate& p, bool draft)
{
    return {QByteArray::fromStdString(p.svg), p.qr, draft, QString::fromStdString(p.templateLabel)};
}

} // namespace

PrintCertificateDialog::PrintCertificateDialog(DesktopSession& session, const QString& recordId,
                                               QWidget* parent)
    : QDialog(parent), m_session(session),
      m_record(session.store().records().get(recordId.toStdString()))
{
    setWindowTitle(tr("Print certificate"));
    forms::FormErrors errors; // a broken configuration shows as "no template" below
    m_printing = std::make_unique<CertificatePrinting>(
        session.store(), session.clock(),
        CertificatePrinting::loadConfigs(locateShareDirectory().definitions, errors),
        session.forms(), session.reference());
    m_reprint = m_record.status == RecordStatus::Certified;
    buildForm();
    fillTemplates();
    updatePreview();
}

PrintCertificateDialog::~PrintCertificateDialog() = default;

void PrintCertificateDialog::buildForm()
{
    auto* form = new QFormLayout;
    m_template = new QComboBox(this);
    m_language = new QComboBox(this);
    m_relation = new QComboBox(this);
    m_relation->addItem(tr("Mother"), QStringLiteral("mother"));
    m_relation->addItem(tr("Father"), QStringLiteral("father"));
    m_relation->addItem(tr("Informant"), QStringLiteral("informant"));
    m_relation->addItem(tr("Someone else"), QStringLiteral("other"));
    m_name = new QLineEdit(this);
    m_idType = new QComboBox(this);
    m_idType->addItem(tr("National ID card"), QStringLiteral("national_id"));
    m_idType->addItem(tr("Passport"), QStringLiteral("passport"));
    m_idType->addItem(tr("Driving licence"), QStringLiteral("driving_licence"));
    m_idType->addItem(tr("Other document"), QStringLiteral("other"));
    m_idNumber = new QLineEdit(this);
    m_idChecked = new QCheckBox(tr("I have checked the ID document"), this);
    m_fee = new QLabel(this);
    m_receipt = new QLineEdit(this);
    m_reason = new QLineEdit(this);
    form->addRow(tr("&Certificate:"), m_template);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("C&ollected by:"), m_relation);
    form->addRow(tr("&Name of the person collecting:"), m_name);
    form->addRow(tr("I&D document:"), m_idType);
    form->addRow(tr("ID n&umber:"), m_idNumber);
    form->addRow(QString(), m_idChecked);
    form->addRow(tr("Fee:"), m_fee);
    form->addRow(tr("&Receipt number:"), m_receipt);
    form->addRow(m_reprint ? tr("Reason for the re&print:") : tr("Reason (copies only):"),
                 m_reason);
    m_preview = new QLabel(this);
    m_preview->setMinimumSize(300, 424);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAccessibleName(tr("Preview of the certificate"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a00; }"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    m_save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    m_print->setAutoDefault(false);
    m_save->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &PrintCertificateDialog::onPrint);
    connect(m_save, &QPushButton::clicked, this, &PrintCertificateDialog::onSave);
    connect(m_template, &QComboBox::currentIndexChanged, this,
            &PrintCertificateDialog::updatePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            &PrintCertificateDialog::updatePreview);
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_error);
    left->addStretch(1);
    columns->addLayout(left, 1);
    columns->addWidget(m_preview, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
}

void PrintCertificateDialog::fillTemplates()
{
    try {
        const auto& config = m_printing->configFor(m_record);
        const std::string ui = m_session.language().toStdString();
        for (const auto& t : config.templates) {
            // A first certificate is not a certified copy; after the first, both are offered.
            if (t.certifiedCopy && !m_reprint)
                continue;
            const std::string label =
                t.labels.count(ui) ? t.labels.at(ui) : t.labels.begin()->second;
            m_template->addItem(QString::fromStdString(label), QString::fromStdString(t.id));
        }
        for (const auto& lang : config.languages)
            m_language->addItem(languageName(QString::fromStdString(lang)),
                                QString::fromStdString(lang));
        const int mine = m_language->findData(m_session.language());
        if (mine >= 0)
            m_language->setCurrentIndex(mine);
    } catch (const std::exception&) {
        showError(tr("There is no certificate for this kind of record on this computer."));
        m_print->setEnabled(false);
        m_save->setEnabled(false);
    }
}

CertificateChoice PrintCertificateDialog::choice() const
{
    CertificateChoice c;
    c.templateId = m_template->currentData().toString().toStdString();
    c.language = m_language->currentData().toString().toStdString();
    c.collector.relation = m_relation->currentData().toString().toStdString();
    c.collector.name = m_name->text().trimmed().toStdString();
    c.collector.idType = m_idType->currentData().toString().toStdString();
    c.collector.idNumber = m_idNumber->text().trimmed().toStdString();
    c.collector.idChecked = m_idChecked->isChecked();
    c.receiptNumber = m_receipt->text().trimmed().toStdString();
    c.reason = m_reason->text().trimmed().toStdString();
    return c;
}

void PrintCertificateDialog::updatePreview()
{
    if (m_template->count() == 0)
        return;
    try {
        CertificateChoice c = choice();
        const auto& t = m_printing->templateFor(m_record, c);
        const auto& config = m_printing->configFor(m_record);
        // Reprints and certified copies cost the copy fee (certificates::printFee).
        const QString feeText = m_reprint || t.certifiedCopy
                                    ? tr("%1 %2 (the fee for a copy)")
                                    : tr("%1 %2 (from the date of the event to the registration)");
        m_fee->setText(
            feeText.arg(m_printing->fee(m_record, t)).arg(QString::fromStdString(config.currency)));
        QPixmap pixmap(m_preview->minimumSize());
        pixmap.fill(Qt::white);
        QPainter painter(&pixmap);
        app::CertificateRenderer::paint(painter, QRectF(QPointF(0, 0), pixmap.size()),
                                        pageOf(m_printing->preview(m_record, c), true));
        painter.end();
        m_preview->setPixmap(pixmap);
    } catch (const std::exception& e) {
        showError(tr("The certificate cannot be shown: %1").arg(QString::fromUtf8(e.what())));
    }
}

void PrintCertificateDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString PrintCertificateDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::optional<PreparedCertificate> PrintCertificateDialog::printNow()
{
    showError({});
    if (!m_session.issuingKeys()) {
        showError(tr("This computer cannot sign certificates: sync with the server first."));
        return std::nullopt;
    }
    try {
        IssuingKey key(*m_session.issuingKeys(), m_session.store().options().profileId,
                       m_session.store().settings());
        auto page = m_printing->print(m_session.actor(), m_record, choice(), key);
        m_session.notifyRecordChanged(QString::fromStdString(m_record.id));
        return page;
    } catch (const std::exception& e) {
        // The service's and the key's words (e.g. "... expired: sync with the server ...").
        showError(tr("Not printed: %1").arg(QString::fromUtf8(e.what())));
        return std::nullopt;
    }
}

bool PrintCertificateDialog::saveAsPdf(const QString& file)
{
    const auto page = printNow();
    if (!page)
        return false;
    try {
        app::CertificateRenderer::writePdf(file, pageOf(*page, false));
    } catch (const std::exception& e) {
        showError(tr("The print is recorded but the PDF could not be written: %1")
                      .arg(QString::fromUtf8(e.what())));
        return false;
    }
    accept();
    return true;
}

void PrintCertificateDialog::onSave()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save the certificate as PDF"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QString::fromStdString(m_record.registrationNumber) + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (!file.isEmpty())
        saveAsPdf(file);
}

void PrintCertificateDialog::onPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto page = printNow();
    if (!page)
        return;
    QPainter painter(&printer);
    // The painter's origin is the printable area's corner.
    const QRectF area(QPointF(0, 0), printer.pageRect(QPrinter::DevicePixel).size());
    app::CertificateRenderer::paint(painter, area, pageOf(*page, false));
    painter.end();
    accept();
}

} // namespace vitalis::desktop
