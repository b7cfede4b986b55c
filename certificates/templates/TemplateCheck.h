// Checks certificate configurations against the form definitions: known event and fields,
// every language's SVG present, well-formed XML (expat) and only known placeholders. Errors in
// the `vitalis-forms check` style (file, JSON path, message).
#pragma once

#include "certificates/templates/TemplateConfig.h"
#include "forms/FormRegistry.h"

namespace vitalis::certificates
{

// Problems of one loaded configuration (the loader reports the file's own shape).
forms::FormErrors checkTemplateConfig(const TemplateConfig& config,
                                      const forms::FormRegistry& forms);

// Loads and checks one configuration file: load errors, then checkTemplateConfig's.
forms::FormErrors checkTemplateFile(const std::filesystem::path& file,
                                    const forms::FormRegistry& forms);

// Empty when `xml` is well-formed XML whose root element is <svg>, else why not (with line).
std::string svgProblem(const std::string& xml);

} // namespace vitalis::certificates
