#include "forms/tool/FhirCheck.h"

#include "forms/FormRegistry.h"
#include "forms/fhir/FhirMapping.h"
#include "forms/fhir/FhirMappingCheck.h"

#include <iostream>

namespace vitalis::forms::tool
{

int fhirCheck(const std::filesystem::path& formsDir, const std::vector<std::string>& files)
{
    FormRegistry forms;
    for (const auto& e : forms.loadDirectory(formsDir))
        std::cerr << e.toString() << "\n";
    bool ok = true;
    for (const auto& file : files) {
        std::vector<std::string> errors;
        const auto mapping = fhir::loadMappingFile(file, errors);
        if (mapping) {
            const auto form = forms.latest(mapping->form);
            if (!form)
                errors.push_back(file + ": /form: no form '" + mapping->form + "' in " +
                                 formsDir.string());
            else
                errors = fhir::checkMapping(*mapping, *form);
        }
        for (const auto& e : errors)
            std::cerr << e << "\n";
        if (errors.empty())
            std::cout << file << ": ok (" << mapping->rules.size() << " fields of form '"
                      << mapping->form << "')\n";
        else
            std::cerr << file << ": " << errors.size() << " error(s)\n";
        ok = ok && errors.empty();
    }
    return ok ? 0 : 1;
}

} // namespace vitalis::forms::tool
