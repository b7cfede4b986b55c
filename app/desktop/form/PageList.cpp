#include "app/desktop/form/PageList.h"

#include <QStyle>

namespace vitalis::desktop
{
namespace
{
constexpr int kProblemRole = Qt::UserRole + 1;
}

PageList::PageList(QWidget* parent) : QListWidget(parent)
{
    setFocusPolicy(Qt::NoFocus); // pages change by shortcut or buttons
    // As wide as about 26 letters of the user's font: follows scaling, leaves room for the form.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(true);
    const int line = fontMetrics().height(); // the warning sign no taller than the text
    setIconSize(QSize(line, line));
    setMaximumWidth(fontMetrics().averageCharWidth() * 26 + 2 * frameWidth() + 8);
}

bool PageList::pageHasProblems(const forms::FormEvaluator& evaluator, int page)
{
    for (int fi : evaluator.form().pages[static_cast<std::size_t>(page)].fields) {
        const auto& state = evaluator.fieldAt(fi);
        if (state.visible && !state.errors.empty())
            return true;
    }
    return false;
}

void PageList::refresh(const forms::FormEvaluator& evaluator, const FormText& text, int current)
{
    const QSignalBlocker block(this);
    clear();
    const auto& pages = evaluator.form().pages;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const int page = static_cast<int>(p);
        const QString title = text.text(pages[p].title);
        auto* item = new QListWidgetItem(title, this);
        item->setHidden(!evaluator.pageAt(page).visible);
        const bool problems = pageHasProblems(evaluator, page);
        item->setData(kProblemRole, problems);
        if (problems) {
            item->setIcon(warning);
            item->setForeground(QColor(0xb0, 0x00, 0x20));
            item->setData(Qt::AccessibleTextRole, tr("%1 (answers to correct)").arg(title));
            item->setToolTip(tr("Some answers on this page must be corrected."));
        }
    }
    new QListWidgetItem(tr("Review"), this);
    setCurrentRow(current < 0 ? count() - 1 : current);
}

bool PageList::hasProblems(int page) const
{
    const auto* it = item(page);
    return it && it->data(kProblemRole).toBool();
}

void PageList::retranslate()
{
    setAccessibleName(tr("Pages of the form"));
    if (count() > 0)
        item(count() - 1)->setText(tr("Review"));
}

} // namespace vitalis::desktop
