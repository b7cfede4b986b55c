// One item model per reference-data source (leaf locations, facilities), built once per form
// and shared by every picker that lists it: a country has tens of thousands of locations, and
// a birth form has five address fields. Row 0 is the empty "not chosen" entry; Qt::UserRole
// holds the entry id.
#pragma once

#include "app/desktop/form/FormText.h"
#include "forms/FormModel.h"
#include "forms/ReferenceData.h"

#include <QObject>
#include <map>
#include <string>

class QStandardItemModel;

namespace vitalis::desktop
{

class ReferenceOptionModels : public QObject
{
    Q_OBJECT
public:
    ReferenceOptionModels(const forms::ReferenceData* reference, QObject* parent);
    // The model for a field with optionsFrom (built on first use).
    QStandardItemModel* modelFor(const forms::Field& field, const FormText& text);
    void setEmptyText(const QString& text); // row 0 of every model

private:
    const forms::ReferenceData* m_reference;
    std::map<std::string, QStandardItemModel*> m_models;
    QString m_emptyText;
};

} // namespace vitalis::desktop
