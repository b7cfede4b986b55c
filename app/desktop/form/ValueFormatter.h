// How a saved answer reads on the review page: option labels instead of codes, names joined,
// "Age 34" for an age, file names for attachments.
#pragma once

#include "app/desktop/form/FormText.h"
#include "forms/FormModel.h"
#include "forms/ReferenceData.h"

#include <QCoreApplication>
#include <QString>
#include <nlohmann/json.hpp>

namespace vitalis::desktop
{

class ValueFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ValueFormatter)
public:
    ValueFormatter(const FormText& text, const forms::ReferenceData* reference)
        : m_text(text), m_reference(reference)
    {
    }
    // Empty when nothing is filled in.
    QString format(const forms::Field& field, const nlohmann::json& value) const;

private:
    QString optionLabel(const forms::Field& field, const std::string& value) const;
    const FormText& m_text;
    const forms::ReferenceData* m_reference;
};

} // namespace vitalis::desktop
