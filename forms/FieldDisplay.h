// A record's values as a person reads them: form labels and option texts from the form
// catalog in one language, names and addresses joined, reference ids (facilities, villages)
// turned into their names. Plain C++ (no Qt), so it is testable without widgets.
#pragma once

#include "core/Record.h"
#include "forms/FormRegistry.h"
#include "forms/ReferenceData.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::forms
{

struct DisplayRow {
    std::string fieldId;
    std::string page;  // page title
    std::string label; // field label
    std::string value; // formatted value
};

class FieldDisplay
{
public:
    FieldDisplay(const forms::FormRegistry& forms, const forms::ReferenceData* reference,
                 std::string language);

    // Every field with a value, in form order; values of fields the form version does not know
    // come last under their ids, so nothing stored is ever hidden.
    std::vector<DisplayRow> rows(const Record& record) const;
    std::string label(const std::string& formId, int formVersion, const std::string& fieldId) const;
    std::string value(const std::string& formId, int formVersion, const std::string& fieldId,
                      const nlohmann::json& value) const;
    std::string text(const std::string& messageId) const; // catalog text, the id when unknown
    std::string formTitle(const std::string& formId, int formVersion) const;
    const std::string& language() const { return m_language; }

private:
    std::string format(const forms::FormDefinition* form, const forms::Field* field,
                       const nlohmann::json& value) const;
    std::string referenceLabel(const std::string& source, const std::string& id) const;
    const forms::FormRegistry& m_forms;
    const forms::ReferenceData* m_reference;
    const forms::MessageCatalog* m_catalog = nullptr;
    const forms::MessageCatalog* m_fallback = nullptr;
    std::string m_language;
};

} // namespace vitalis::forms
