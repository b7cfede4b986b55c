#include "app/desktop/records/VerifyScreen.h"

#include "app/common/CertificateTexts.h"
#include "app/common/QrImageReader.h"
#include "certificates/CertificateError.h"
#include "certificates/KeyFile.h"
#include "core/store/RevocationListRepository.h"

#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vitalis::desktop
{

using namespace certificates;

VerifyScreen::VerifyScreen(DesktopSession& session, std::filesystem::path rootKeyFile,
                           QWidget* parent)
    : QWidget(parent), m_session(session), m_rootKeyFile(std::move(rootKeyFile))
{
    setObjectName(QStringLiteral("verifyScreen"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_inputLabel = new QLabel(this);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("qrText"));
    m_inputLabel->setBuddy(m_input);
    m_check = new QPushButton(this);
    m_openPhoto = new QPushButton(this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(m_check);
    row->addWidget(m_openPhoto);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_verdict->setFont(bold);
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list = new QLabel(this);
    m_list->setWordWrap(true);
    m_fields = new QTableWidget(0, 2, this);
    m_fields->setObjectName(QStringLiteral("signedFields"));
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);

    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_inputLabel);
    layout->addLayout(row);
    layout->addWidget(m_verdict);
    layout->addWidget(m_reason);
    layout->addWidget(m_fields, 1);
    layout->addWidget(m_list);
    setTabOrder(m_input, m_check);
    setTabOrder(m_check, m_openPhoto);
    setTabOrder(m_openPhoto, m_fields);

    // A scanner types the text and presses Enter.
    connect(m_input, &QLineEdit::returnPressed, this, [this] { verifyText(m_input->text()); });
    connect(m_check, &QPushButton::clicked, this, [this] { verifyText(m_input->text()); });
    connect(m_openPhoto, &QPushButton::clicked, this, &VerifyScreen::openPhoto);
    retranslate();
}

void VerifyScreen::reset()
{
    m_input->clear();
    m_verdict->clear();
    m_reason->clear();
    m_fields->setRowCount(0);
    m_input->setFocus();
}

void VerifyScreen::showProblem(const QString& message)
{
    m_verdict->setText(message);
    m_verdict->setProperty("verdict", QString());
    m_reason->clear();
    m_fields->setRowCount(0);
}

void VerifyScreen::verifyText(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        showProblem(tr("Scan the QR code or type its text first."));
        return;
    }
    Bytes root;
    std::optional<RevocationList> revocations;
    try {
        root = keyfile::readPublic(m_rootKeyFile);
    } catch (const CertificateError&) {
        showProblem(tr("This computer does not have the country's certificate key, so it "
                       "cannot check certificates. Ask your administrator."));
        return;
    }
    try {
        revocations = storedRevocations(m_session.store(), root);
    } catch (const CertificateError&) {
        revocations.reset(); // a list that does not open is no list; the label says so
    }
    const Verification v =
        Verifier::verify(text.trimmed().toStdString(), root, revocations ? &*revocations : nullptr,
                         m_session.clock().nowMillis() / 1000);
    m_verdict->setText(certificateVerdictText(v.verdict));
    m_verdict->setProperty("verdict", QString::fromLatin1(verdictName(v.verdict).data()));
    m_verdict->setStyleSheet(v.verdict == Verdict::Valid ? QStringLiteral("color: #137a2a;")
                                                         : QStringLiteral("color: #b00020;"));
    m_reason->setText(v.verdict == Verdict::Valid
                          ? QString()
                          : tr("Why: %1").arg(QString::fromStdString(v.reason)));
    const auto rows = v.claims ? certificateFields(*v.claims) : QList<QPair<QString, QString>>{};
    m_fields->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_fields->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        m_fields->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    const auto stored = RevocationListRepository(m_session.store().db()).current();
    m_list->setText(revocations && stored
                        ? tr("Checked against the list of withdrawn keys and cancelled "
                             "certificates from the sync of %1.")
                              .arg(QDateTime::fromMSecsSinceEpoch(stored->fetchedAt)
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                        : tr("Not checked against the list of withdrawn keys and cancelled "
                             "certificates: sync once to get it."));
    m_input->selectAll(); // the next scan replaces this text
}

void VerifyScreen::verifyImage(const QString& file)
{
    try {
        const std::string text = readQrImage(file);
        m_input->setText(QString::fromStdString(text));
        verifyText(m_input->text());
    } catch (const std::runtime_error& e) {
        showProblem(tr("No certificate QR code could be read in this photo. Take a sharper "
                       "photo, or type or scan the text."));
        m_reason->setText(QString::fromStdString(e.what()));
    }
}

void VerifyScreen::openPhoto()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Open a photo of the certificate"), QString(),
                                     tr("Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif)"));
    if (!file.isEmpty())
        verifyImage(file);
}

void VerifyScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VerifyScreen::retranslate()
{
    m_title->setText(tr("Verify a certificate"));
    m_hint->setText(tr("Scan the QR code on the certificate (the scanner types it here and "
                       "presses Enter), or open a photo of it. Compare the details shown with "
                       "the paper."));
    m_inputLabel->setText(tr("&QR code text:"));
    m_check->setText(tr("&Check"));
    m_openPhoto->setText(tr("Open &photo…"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Signed value")});
}

} // namespace vitalis::desktop
