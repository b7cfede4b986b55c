#include "certificates/templates/TemplateBundle.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace vitalis::certificates
{

using nlohmann::json;
namespace fs = std::filesystem;

namespace
{

// The "file" name template `t` gives for `language`, as written in its configuration.
std::string fileName(const json& document, const CertificateTemplate& t,
                     const std::string& language)
{
    const json::json_pointer at(t.path + "/file/" + language);
    return document.contains(at) && document[at].is_string() ? document[at].get<std::string>()
                                                             : std::string();
}

bool readFile(const fs::path& file, std::string& out)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return false;
    std::stringstream s;
    s << in.rdbuf();
    out = s.str();
    return true;
}

} // namespace

const std::string& TemplateBundle::svg(const std::string& event, const CertificateTemplate& t,
                                       const std::string& language) const
{
    const auto f = files.find(event);
    if (f != files.end()) {
        const auto s = f->second.svgs.find(fileName(f->second.document, t, language));
        if (s != f->second.svgs.end())
            return s->second;
    }
    throw std::runtime_error("no SVG for template '" + t.id + "' in '" + language + "'");
}

TemplateBundle TemplateBundle::load(const fs::path& dir, forms::FormErrors& errors)
{
    TemplateBundle b;
    b.configs = loadTemplateDirectory(dir, errors);
    for (const auto& [event, c] : b.configs) {
        BundledFile f;
        f.name = fs::path(c.file).filename().string();
        std::string text;
        if (!readFile(c.file, text)) {
            errors.push_back({c.file, "", "cannot open the file"});
            continue;
        }
        f.document = json::parse(text, nullptr, false);
        for (const auto& t : c.templates)
            for (const auto& [lang, path] : t.files) {
                std::string svg;
                if (!readFile(path, svg))
                    errors.push_back({c.file, t.path + "/file/" + lang,
                                      "cannot read the SVG file " + path.string()});
                else
                    f.svgs[fileName(f.document, t, lang)] = std::move(svg);
            }
        b.files.emplace(event, std::move(f));
    }
    return b;
}

json TemplateBundle::toJson() const
{
    json list = json::array();
    for (const auto& [event, f] : files)
        list.push_back({{"file", f.name}, {"configuration", f.document}, {"svg", f.svgs}});
    return {{"configurations", std::move(list)}};
}

TemplateBundle TemplateBundle::fromJson(const json& served, forms::FormErrors& errors)
{
    TemplateBundle b;
    const json list = served.is_object() ? served.value("configurations", json()) : json();
    if (!list.is_array()) {
        errors.push_back({"server", "/configurations", "required: a list of configurations"});
        return b;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        const json& item = list[i];
        const std::string at = "/configurations/" + std::to_string(i);
        if (!item.is_object() || !item.value("file", json()).is_string() ||
            !item.value("svg", json()).is_object()) {
            errors.push_back({"server", at, "required: file, configuration and svg"});
            continue;
        }
        BundledFile f;
        f.name = item["file"].get<std::string>();
        f.document = item.value("configuration", json());
        for (const auto& [name, text] : item["svg"].items())
            if (text.is_string())
                f.svgs[name] = text.get<std::string>();
        auto c = TemplateConfig::parse(f.document, "server:" + f.name, "server", errors);
        if (!c)
            continue;
        for (const auto& t : c->templates)
            for (const auto& [lang, path] : t.files)
                if (!f.svgs.count(fileName(f.document, t, lang)))
                    errors.push_back({"server:" + f.name, t.path + "/file/" + lang,
                                      "the SVG " + path.filename().string() + " was not sent"});
        const std::string event = c->event;
        b.configs.emplace(event, std::move(*c));
        b.files.emplace(event, std::move(f));
    }
    return b;
}

} // namespace vitalis::certificates
