#include "app/desktop/form/FieldOptions.h"

#include <algorithm>

namespace vitalis::desktop
{

std::vector<forms::OptionItem> fieldOptions(const forms::Field& field,
                                            const forms::ReferenceData* reference)
{
    if (!field.optionsFrom)
        return field.options;
    std::vector<forms::OptionItem> out;
    if (!reference)
        return out;
    const auto& source = *field.optionsFrom;
    for (const auto& e : reference->entries(source.source)) {
        if (source.leafOnly && !e.leaf)
            continue;
        // "Aldmoor Village (Aldmoor)": the parent tells same-named places apart.
        std::string label = e.label.empty() ? e.id : e.label;
        if (!e.parent.empty())
            if (auto p = reference->find(source.source, e.parent); p && !p->label.empty())
                label += " (" + p->label + ")";
        out.push_back({e.id, label});
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.label < b.label; });
    return out;
}

} // namespace vitalis::desktop
