#include "app/desktop/form/ReviewPage.h"

#include "app/desktop/form/ValueFormatter.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace vitalis::desktop
{

ReviewPage::ReviewPage(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_scroll(new QScrollArea(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    layout->addWidget(m_summary);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);
}

void ReviewPage::rebuild(const forms::FormEvaluator& evaluator, const FormText& text,
                         const forms::ReferenceData* reference, bool canDeclare)
{
    const auto& form = evaluator.form();
    const ValueFormatter formatter(text, reference);
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 1); // keeps "Change" near its answer on wide windows
    grid->setHorizontalSpacing(16);
    m_problems = 0;
    m_first = nullptr;
    int row = 0;
    QFont headingFont = content->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    for (std::size_t p = 0; p < form.pages.size(); ++p) {
        if (!evaluator.pageAt(static_cast<int>(p)).visible)
            continue;
        auto* heading = new QLabel(text.text(form.pages[p].title), content);
        heading->setFont(headingFont);
        grid->addWidget(heading, row++, 0, 1, 3);
        for (int fi : form.pages[p].fields) {
            const auto& field = form.fields[static_cast<std::size_t>(fi)];
            const auto& state = evaluator.fieldAt(fi);
            if (!field.holdsValue() || !state.visible)
                continue;
            const QString label = text.text(field.label);
            auto* name = new QLabel(label, content);
            name->setWordWrap(true);
            auto it = evaluator.values().find(field.id);
            QString shown =
                it == evaluator.values().end() ? QString() : formatter.format(field, *it);
            QStringList problems;
            for (const auto& e : state.errors)
                problems << text.text(e.messageId, e.params);
            problems.removeDuplicates();
            auto* value = new QLabel(content);
            value->setWordWrap(true);
            value->setTextFormat(Qt::PlainText);
            if (!problems.isEmpty()) {
                ++m_problems;
                value->setStyleSheet(QStringLiteral("color: #b00020; font-weight: 600;"));
                value->setText(shown.isEmpty()
                                   ? problems.join(QLatin1Char('\n'))
                                   : shown + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
            } else {
                value->setText(shown.isEmpty() ? tr("(not provided)") : shown);
                if (shown.isEmpty())
                    value->setForegroundRole(QPalette::PlaceholderText);
            }
            grid->addWidget(name, row, 0, Qt::AlignTop);
            grid->addWidget(value, row, 1, Qt::AlignTop);
            if (field.isDataEntry()) {
                auto* change = new QPushButton(tr("Change"), content);
                change->setAccessibleName(tr("Change: %1").arg(label));
                change->setAccessibleDescription(value->text());
                change->setAutoDefault(false);
                connect(change, &QPushButton::clicked, this,
                        [this, fi] { Q_EMIT editRequested(fi); });
                grid->addWidget(change, row, 2, Qt::AlignTop);
                if (!m_first || (!problems.isEmpty() && m_problems == 1))
                    m_first = change;
            }
            ++row;
        }
        grid->setRowMinimumHeight(row++, content->fontMetrics().height() / 2);
    }
    grid->setRowStretch(row, 1);
    m_scroll->setWidget(content); // deletes the previous content
    m_content = content;
    if (canDeclare)
        m_summary->setText(
            m_problems == 0 ? tr("Everything needed is filled in. Check the answers, then declare.")
                            : tr("%n answer(s) must be completed or corrected before declaring. "
                                 "Choose \"Change\" to go to the field.",
                                 "", m_problems));
    else
        m_summary->setText(
            m_problems == 0
                ? tr("Everything is filled in. Check the answers, then send the notification.")
                : tr("%n answer(s) are missing or must be corrected. You can send the "
                     "notification incomplete; choose \"Change\" to go to a field.",
                     "", m_problems));
    m_summary->setStyleSheet(m_problems == 0 ? QString()
                                             : QStringLiteral("color: #b00020; font-weight: 600;"));
}

bool ReviewPage::focusFirst()
{
    if (!m_first)
        return false;
    m_first->setFocus(Qt::TabFocusReason);
    m_scroll->ensureWidgetVisible(m_first);
    return true;
}

QString ReviewPage::summary() const
{
    return m_summary->text();
}

} // namespace vitalis::desktop
