#include "forms/fhir/FhirPath.h"

#include <regex>

namespace vitalis::fhir
{

using nlohmann::json;

std::optional<std::vector<PathStep>> parsePath(const std::string& text, std::string* error)
{
    static const std::regex step(R"(([a-z][A-Za-z0-9]*)(?:\[([0-9]{1,4})\])?)");
    std::vector<PathStep> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = text.find('.', start);
        const std::string part = text.substr(start, dot == std::string::npos ? dot : dot - start);
        std::smatch m;
        if (!std::regex_match(part, m, step)) {
            if (error)
                *error = "'" + text + "' is not a path of element names (e.g. code.coding[0].code)";
            return std::nullopt;
        }
        out.push_back({m[1].str(), m[2].matched ? std::stoi(m[2].str()) : -1});
        if (dot == std::string::npos)
            return out;
        start = dot + 1;
    }
}

namespace
{
void walk(const json& node, const std::vector<PathStep>& path, std::size_t i,
          const std::string& where, std::vector<PathHit>& out)
{
    if (i == path.size()) {
        if (node.is_array()) {
            for (std::size_t k = 0; k < node.size(); ++k)
                out.push_back({&node[k], where + "[" + std::to_string(k) + "]"});
        } else {
            out.push_back({&node, where});
        }
        return;
    }
    if (node.is_array()) {
        for (std::size_t k = 0; k < node.size(); ++k)
            walk(node[k], path, i, where + "[" + std::to_string(k) + "]", out);
        return;
    }
    const PathStep& s = path[i];
    if (!node.is_object() || !node.contains(s.name))
        return;
    const json& next = node[s.name];
    const std::string here = where + (where.empty() ? "" : ".") + s.name;
    if (s.index >= 0) {
        if (next.is_array() && static_cast<std::size_t>(s.index) < next.size())
            walk(next[static_cast<std::size_t>(s.index)], path, i + 1,
                 here + "[" + std::to_string(s.index) + "]", out);
        else if (!next.is_array() && s.index == 0)
            walk(next, path, i + 1, here, out);
        return;
    }
    walk(next, path, i + 1, here, out);
}
} // namespace

std::vector<PathHit> select(const json& resource, const std::vector<PathStep>& path)
{
    std::vector<PathHit> out;
    walk(resource, path, 0, "", out);
    return out;
}

bool anyEquals(const json& resource, const std::vector<PathStep>& path, const json& expected)
{
    for (const auto& hit : select(resource, path))
        if (*hit.value == expected)
            return true;
    return false;
}

json& ensure(json& resource, const std::vector<PathStep>& path, bool appendLast)
{
    json* node = &resource;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const PathStep& s = path[i];
        if (!node->is_object())
            *node = json::object();
        json& next = (*node)[s.name];
        const bool last = i + 1 == path.size();
        if (s.index >= 0) {
            if (!next.is_array())
                next = json::array();
            while (next.size() <= static_cast<std::size_t>(s.index))
                next.push_back(json::object());
            node = &next[static_cast<std::size_t>(s.index)];
        } else if (last && appendLast) {
            if (!next.is_array())
                next = json::array();
            next.push_back(json());
            node = &next.back();
        } else {
            node = &next;
        }
    }
    return *node;
}

std::string toString(const std::vector<PathStep>& path)
{
    std::string out;
    for (const auto& s : path) {
        out += (out.empty() ? "" : ".") + s.name;
        if (s.index >= 0)
            out += "[" + std::to_string(s.index) + "]";
    }
    return out;
}

} // namespace vitalis::fhir
