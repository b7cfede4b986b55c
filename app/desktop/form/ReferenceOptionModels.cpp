#include "app/desktop/form/ReferenceOptionModels.h"

#include "app/desktop/form/FieldOptions.h"

#include <QStandardItemModel>

namespace vitalis::desktop
{

ReferenceOptionModels::ReferenceOptionModels(const forms::ReferenceData* reference,
                                             QObject* parent)
    : QObject(parent), m_reference(reference)
{
}

QStandardItemModel* ReferenceOptionModels::modelFor(const forms::Field& field,
                                                    const FormText& text)
{
    const auto& src = *field.optionsFrom;
    const std::string key = src.source + (src.leafOnly ? "/leaf" : "/all");
    if (auto it = m_models.find(key); it != m_models.end())
        return it->second;
    auto* model = new QStandardItemModel(this);
    model->appendRow(new QStandardItem(m_emptyText));
    for (const auto& o : fieldOptions(field, m_reference)) {
        auto* item = new QStandardItem(text.text(o.label));
        item->setData(QString::fromStdString(o.value), Qt::UserRole);
        model->appendRow(item);
    }
    m_models[key] = model;
    return model;
}

void ReferenceOptionModels::setEmptyText(const QString& text)
{
    m_emptyText = text;
    for (auto& [key, model] : m_models)
        model->item(0)->setText(text);
}

} // namespace vitalis::desktop
