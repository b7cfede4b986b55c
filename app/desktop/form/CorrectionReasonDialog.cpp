#include "app/desktop/form/CorrectionReasonDialog.h"

#include "app/desktop/form/CtrlReturnAccepts.h"
#include "core/CorrectionReasons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace vitalis::desktop
{

QString CorrectionReasonDialog::labelOf(std::string_view code)
{
    if (code == "spelling")
        return tr("Spelling mistake");
    if (code == "wrong_date")
        return tr("Wrong date");
    if (code == "wrong_place")
        return tr("Wrong place");
    if (code == "court_order")
        return tr("Court order");
    return tr("Other");
}

CorrectionReasonDialog::CorrectionReasonDialog(bool direct, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(direct ? tr("Correct the record") : tr("Request a correction"));
    auto* layout = new QVBoxLayout(this);
    auto* reasonLabel = new QLabel(tr("&Why is it wrong?"), this);
    m_reasons = new QComboBox(this);
    // The codes every server accepts (docs/admin-guide.md, "Correction reasons"), in core's order.
    for (const std::string_view code : kBuiltInCorrectionReasons)
        m_reasons->addItem(labelOf(code), QString::fromUtf8(code.data(), code.size()));
    reasonLabel->setBuddy(m_reasons);
    auto* textLabel = new QLabel(tr("&Explain what was wrong and how you know:"), this);
    m_edit = new QPlainTextEdit(this);
    m_edit->setAccessibleName(tr("Explanation"));
    m_edit->setTabChangesFocus(true);
    textLabel->setBuddy(m_edit);
    m_add = new QPushButton(tr("Add &supporting document…"), this);
    m_files = new QLabel(tr("No supporting document"), this);
    m_files->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(direct ? tr("Correct") : tr("Request correction"));
    new CtrlReturnAccepts(m_edit, this, m_buttons->button(QDialogButtonBox::Ok));
    auto* confirm = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), this);
    connect(confirm, &QShortcut::activated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    for (QWidget* w : std::initializer_list<QWidget*>{reasonLabel, m_reasons, textLabel, m_edit,
                                                      m_add, m_files, m_buttons})
        layout->addWidget(w);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &CorrectionReasonDialog::updateOk);
    connect(m_add, &QPushButton::clicked, this, &CorrectionReasonDialog::addDocument);
    resize(480, 320);
    updateOk();
}

QString CorrectionReasonDialog::reasonCode() const
{
    return m_reasons->currentData().toString();
}

QString CorrectionReasonDialog::reason() const
{
    return m_edit->toPlainText().trimmed();
}

void CorrectionReasonDialog::addDocument()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Supporting document"), QString(),
        tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"));
    if (path.isEmpty())
        return;
    m_documents << path;
    QStringList names;
    for (const auto& p : m_documents)
        names << QFileInfo(p).fileName();
    m_files->setText(tr("Supporting documents: %1").arg(names.join(QStringLiteral(", "))));
}

void CorrectionReasonDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace vitalis::desktop
