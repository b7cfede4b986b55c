#include "app/desktop/form/ReferencePicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>

namespace vitalis::desktop
{

ReferencePicker::ReferencePicker(std::shared_ptr<const forms::ReferenceSearch> search,
                                 std::string preferWithin, QWidget* parent)
    : QWidget(parent), m_search(std::move(search)), m_preferWithin(std::move(preferWithin)),
      m_edit(new QLineEdit(this)), m_completer(new QCompleter(this)),
      m_results(new QStandardItemModel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_edit->setMaxLength(120);
    // The list shows exactly what the search found (already ranked), nothing filtered again.
    m_completer->setModel(m_results);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &ReferencePicker::searchFor);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const QString id = index.data(Qt::UserRole).toString();
                if (!id.isEmpty())
                    choose(id);
            });
    retranslate();
}

void ReferencePicker::searchFor(const QString& text)
{
    if (!m_id.isEmpty()) { // editing the text of a chosen place un-chooses it
        m_id.clear();
        Q_EMIT picked();
    }
    m_results->clear();
    const QString wanted = text.trimmed();
    if (wanted.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    for (const auto& match : m_search->search(wanted.toStdString(), kResults, m_preferWithin)) {
        auto* item = new QStandardItem(QString::fromStdString(match.path));
        item->setData(QString::fromStdString(match.id), Qt::UserRole);
        item->setEditable(false);
        m_results->appendRow(item);
    }
    if (m_results->rowCount() == 0) {
        auto* none = new QStandardItem(tr("No place with a name starting \"%1\"").arg(wanted));
        none->setFlags(Qt::ItemIsEnabled); // shown, never chosen
        m_results->appendRow(none);
    }
    m_completer->complete();
}

void ReferencePicker::choose(const QString& id)
{
    m_id = id;
    m_edit->setText(pathOf(id));
    Q_EMIT picked();
}

void ReferencePicker::setCurrentId(const QString& id)
{
    // A saved place this device does not know keeps its id: opening a form never loses it.
    m_id = id;
    const QString path = pathOf(id);
    m_edit->setText(path.isEmpty() ? id : path);
}

QString ReferencePicker::pathOf(const QString& id) const
{
    return QString::fromStdString(m_search->path(id.toStdString()));
}

void ReferencePicker::retranslate()
{
    m_edit->setPlaceholderText(tr("Type part of the name, then choose from the list"));
}

} // namespace vitalis::desktop
