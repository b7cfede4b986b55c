#include "app/desktop/form/ReferenceOptionModels.h"

#include "app/desktop/form/ReferencePicker.h"

namespace vitalis::desktop
{

ReferenceOptionModels::ReferenceOptionModels(const forms::ReferenceData* reference,
                                             std::string jurisdiction, QObject* parent)
    : QObject(parent), m_reference(reference), m_jurisdiction(std::move(jurisdiction))
{
}

ReferencePicker* ReferenceOptionModels::pickerFor(const forms::Field& field, const FormText& text,
                                                  QWidget* parent)
{
    const auto& src = *field.optionsFrom;
    const std::string key = src.source + (src.leafOnly ? "/leaf" : "/all");
    auto& search = m_searches[key];
    if (!search) {
        static const forms::StaticReferenceData none;
        search = std::make_shared<forms::ReferenceSearch>(
            m_reference ? *m_reference : none, src.source, src.leafOnly,
            [&text](const std::string& label) { return text.text(label).toStdString(); });
    }
    return new ReferencePicker(search, m_jurisdiction, parent);
}

} // namespace vitalis::desktop
