#include "app/desktop/form/DeclarationActionBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace vitalis::desktop
{

namespace
{

QPushButton* button(QWidget* parent, const char* name)
{
    auto* b = new QPushButton(parent);
    b->setObjectName(QLatin1String(name)); // tests and the shell find them by name
    b->setAutoDefault(false);
    return b;
}

} // namespace

DeclarationActionBar::DeclarationActionBar(QWidget* parent)
    : QWidget(parent), m_close(button(this, "close")), m_discard(button(this, "discardDraft")),
      m_status(new QLabel(this)), m_prev(button(this, "previousPage")),
      m_next(button(this, "nextPage")), m_save(button(this, "save")),
      m_toReview(button(this, "review")), m_incomplete(button(this, "sendIncomplete")),
      m_declare(button(this, "declare"))
{
    m_status->setObjectName(QStringLiteral("saveStatus"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_close);
    layout->addWidget(m_discard);
    layout->addWidget(m_status, 1);
    for (auto* b : {m_prev, m_next, m_save, m_toReview, m_incomplete, m_declare})
        layout->addWidget(b);
    connect(m_prev, &QPushButton::clicked, this, &DeclarationActionBar::previousRequested);
    connect(m_next, &QPushButton::clicked, this, &DeclarationActionBar::nextRequested);
    connect(m_save, &QPushButton::clicked, this, &DeclarationActionBar::saveRequested);
    connect(m_toReview, &QPushButton::clicked, this, &DeclarationActionBar::reviewRequested);
    connect(m_declare, &QPushButton::clicked, this, &DeclarationActionBar::declareRequested);
    connect(m_incomplete, &QPushButton::clicked, this, &DeclarationActionBar::notifyRequested);
    connect(m_close, &QPushButton::clicked, this, &DeclarationActionBar::closeRequested);
    connect(m_discard, &QPushButton::clicked, this, &DeclarationActionBar::discardRequested);
    retranslate();
}

void DeclarationActionBar::retranslate()
{
    m_prev->setText(tr("Previous"));
    m_prev->setToolTip(tr("Previous page (Alt+Left, Ctrl+Page Up)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next page (Alt+Right, Ctrl+Page Down)"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save now (Ctrl+S). Every answer is also saved as you go."));
    m_toReview->setText(tr("Review"));
    // A hospital clerk may only notify: never told about declaring.
    m_toReview->setToolTip(m_canDeclare ? tr("Check every answer before declaring (Ctrl+Enter)")
                                        : tr("Check every answer before sending (Ctrl+Enter)"));
    m_declare->setText(tr("Declare"));
    m_declare->setToolTip(tr("Declare and queue for sending (Ctrl+Enter)"));
    m_incomplete->setText(tr("Send incomplete"));
    m_incomplete->setToolTip(tr("Send as an incomplete notification; it can be completed later"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Back to the work queues; the declaration stays saved"));
    if (m_correction != Correction::None) {
        m_declare->setText(m_correction == Correction::Direct ? tr("Correct…")
                                                              : tr("Request correction…"));
        m_declare->setToolTip(tr("Say why, then send the correction (Ctrl+Enter)"));
        m_toReview->setToolTip(tr("Check the corrected answers (Ctrl+Enter)"));
        m_close->setToolTip(tr("Back without correcting anything"));
    }
    m_discard->setText(tr("Discard draft"));
    m_discard->setToolTip(tr("Delete this draft from this computer (it was never sent)"));
}

void DeclarationActionBar::update(bool onReview, bool firstPage, bool canDeclare, bool canNotify)
{
    m_prev->setEnabled(!firstPage);
    m_next->setVisible(!onReview);
    m_toReview->setVisible(!onReview);
    m_declare->setVisible(onReview && canDeclare);
    m_declare->setEnabled(canDeclare);
    if (canDeclare != m_canDeclare) {
        m_canDeclare = canDeclare;
        retranslate();
    }
    m_incomplete->setVisible(onReview && canNotify && m_correction == Correction::None);
    m_save->setVisible(m_correction == Correction::None);
}

void DeclarationActionBar::setCorrection(Correction mode)
{
    m_correction = mode;
    retranslate();
}

void DeclarationActionBar::setDiscardable(bool discardable)
{
    m_discard->setVisible(discardable);
}

void DeclarationActionBar::setStatus(const QString& text, bool problem)
{
    m_problem = problem;
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: 600;")
                                    : QString());
}

} // namespace vitalis::desktop
