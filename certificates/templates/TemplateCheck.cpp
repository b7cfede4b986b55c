#include "certificates/templates/TemplateCheck.h"

#include "certificates/templates/CertificateFill.h"

#include <expat.h>
#include <fstream>
#include <memory>
#include <sstream>

namespace vitalis::certificates
{

namespace
{

struct RootName {
    std::string name;
};

void XMLCALL startElement(void* user, const XML_Char* name, const XML_Char**)
{
    auto* root = static_cast<RootName*>(user);
    if (root->name.empty())
        root->name = name;
}

std::shared_ptr<const forms::FormDefinition> formOfEvent(const forms::FormRegistry& forms,
                                                         const std::string& event)
{
    for (const auto& id : forms.formIds())
        if (auto f = forms.latest(id); f && f->event == event)
            return f;
    return nullptr;
}

void checkSvg(const CertificateTemplate& t, const std::string& lang, const std::string& file,
              const std::set<std::string>& known, forms::FormErrors& out)
{
    const std::string path = t.path + "/file/" + lang;
    const auto& svgFile = t.files.at(lang);
    std::ifstream in(svgFile, std::ios::binary);
    if (!in) {
        out.push_back({file, path, "the SVG file " + svgFile.string() + " does not exist"});
        return;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string svg = buffer.str();
    std::string mustacheError;
    const auto names = placeholdersOf(svg, mustacheError);
    if (!mustacheError.empty())
        out.push_back({file, path, svgFile.filename().string() + ": " + mustacheError});
    for (const auto& n : names)
        if (!known.count(n))
            out.push_back({file, path,
                           svgFile.filename().string() + ": unknown placeholder '{{" + n +
                               "}}' (not a field of the form nor a certificate value)"});
    // Placeholders are filled before drawing; check the XML with every placeholder as text.
    if (mustacheError.empty())
        if (const std::string problem = svgProblem(fillTemplate(svg, {})); !problem.empty())
            out.push_back({file, path, svgFile.filename().string() + ": " + problem});
}

} // namespace

std::string svgProblem(const std::string& xml)
{
    std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreate("UTF-8"),
                                                                        &XML_ParserFree);
    RootName root;
    XML_SetUserData(parser.get(), &root);
    XML_SetStartElementHandler(parser.get(), &startElement);
    if (XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_ERROR)
        return "malformed SVG, line " + std::to_string(XML_GetCurrentLineNumber(parser.get())) +
               ": " + XML_ErrorString(XML_GetErrorCode(parser.get()));
    const auto colon = root.name.find(':');
    const std::string local = colon == std::string::npos ? root.name : root.name.substr(colon + 1);
    return local == "svg" ? std::string{} : "the root element is <" + root.name + ">, not <svg>";
}

forms::FormErrors checkTemplateConfig(const TemplateConfig& config,
                                      const forms::FormRegistry& forms)
{
    forms::FormErrors out;
    const auto form = formOfEvent(forms, config.event);
    if (!form) {
        out.push_back({config.file, "/event",
                       "unknown event '" + config.event + "': no form definition has this event"});
        return out;
    }
    if (!form->field(config.eventDateField))
        out.push_back({config.file, "/eventDateField",
                       "unknown field '" + config.eventDateField + "' in form '" + form->id + "'"});
    for (const auto& [claim, fields] : config.qrFields)
        for (const auto& f : fields)
            if (!form->field(f))
                out.push_back({config.file, "/qr/" + claim,
                               "unknown field '" + f + "' in form '" + form->id + "'"});
    const auto known = knownPlaceholders(*form);
    for (const auto& t : config.templates) {
        if (!t.when.is_null()) {
            std::vector<forms::LogicIssue> issues;
            std::vector<forms::LogicVar> vars;
            forms::Logic::compile(t.when, issues, vars);
            for (const auto& v : vars)
                if (!form->field(v.name))
                    out.push_back({config.file, t.path + "/when" + v.path,
                                   "unknown field '" + v.name + "' in form '" + form->id + "'"});
        }
        for (const auto& [lang, svgFile] : t.files)
            checkSvg(t, lang, config.file, known, out);
    }
    return out;
}

forms::FormErrors checkTemplateFile(const std::filesystem::path& file,
                                    const forms::FormRegistry& forms)
{
    forms::FormErrors errors;
    if (auto config = TemplateConfig::load(file, errors)) {
        auto more = checkTemplateConfig(*config, forms);
        errors.insert(errors.end(), more.begin(), more.end());
    }
    return errors;
}

} // namespace vitalis::certificates
