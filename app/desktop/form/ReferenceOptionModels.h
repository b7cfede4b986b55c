// One search index per reference-data source (locations, facilities), built once per form
// screen and shared by every picker that lists it: a country has tens of thousands of
// locations, and a birth form has five address fields.
#pragma once

#include "app/desktop/form/FormText.h"
#include "forms/FormModel.h"
#include "forms/ReferenceData.h"
#include "forms/ReferenceSearch.h"

#include <QObject>
#include <map>
#include <memory>
#include <string>

namespace vitalis::desktop
{

class ReferencePicker;

class ReferenceOptionModels : public QObject
{
    Q_OBJECT
public:
    // jurisdiction: the user's location node; its places are listed first (may be empty).
    ReferenceOptionModels(const forms::ReferenceData* reference, std::string jurisdiction,
                          QObject* parent);
    // A picker for a field with optionsFrom (its source indexed on first use).
    ReferencePicker* pickerFor(const forms::Field& field, const FormText& text, QWidget* parent);

private:
    const forms::ReferenceData* m_reference;
    std::string m_jurisdiction;
    std::map<std::string, std::shared_ptr<const forms::ReferenceSearch>> m_searches;
};

} // namespace vitalis::desktop
