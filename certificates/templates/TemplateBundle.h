// Certificate configurations together with their SVG texts: read from the installed folder (the
// server, a laptop that never synced) or from what GET /api/v1/certificate-templates served (a
// laptop's cache), so a laptop offline for weeks prints with the configuration it was given.
#pragma once

#include "certificates/templates/TemplateConfig.h"

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::certificates
{

// One configuration file as written, and the SVG files it names (name as in "file" -> text).
struct BundledFile {
    std::string name; // "birth.json"
    nlohmann::json document;
    std::map<std::string, std::string> svgs;
};

struct TemplateBundle {
    std::map<std::string, TemplateConfig> configs; // by event
    std::map<std::string, BundledFile> files;      // by event

    bool empty() const { return configs.empty(); }
    // The SVG text of template `t` of `event` in `language`. Throws std::runtime_error when the
    // bundle does not hold it.
    const std::string& svg(const std::string& event, const CertificateTemplate& t,
                           const std::string& language) const;

    // Every <event>.json in `dir` and the SVGs they name; problems (file, JSON path, message) go
    // to `errors`, a missing SVG too.
    static TemplateBundle load(const std::filesystem::path& dir, forms::FormErrors& errors);
    // {"configurations": [{"file", "configuration", "svg": {name: text}}]} (docs/api.md).
    nlohmann::json toJson() const;
    // What toJson wrote (a server's answer); problems name "server:<file>" and the JSON path.
    static TemplateBundle fromJson(const nlohmann::json& served, forms::FormErrors& errors);
};

} // namespace vitalis::certificates
