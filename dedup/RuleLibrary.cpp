#include "dedup/RuleLibrary.h"

#include <algorithm>
#include <stdexcept>

namespace vitalis::dedup
{

namespace fs = std::filesystem;
using nlohmann::json;

RuleLibrary RuleLibrary::loadDirectory(const fs::path& dir)
{
    RuleLibrary out;
    if (!fs::is_directory(dir))
        throw std::invalid_argument("duplicate rules: '" + dir.string() + "' is not a folder");
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".json")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
        RuleSetResult r = RuleSetReader::parseFile(file);
        if (!r.rules)
            throw std::invalid_argument(r.errors.empty() ? file.string() + ": unreadable"
                                                         : r.errors.front().toString());
        auto entry = std::make_shared<Entry>();
        entry->rules = std::make_unique<RuleSet>(std::move(*r.rules));
        entry->matcher = std::make_unique<Matcher>(*entry->rules);
        const std::string event = entry->rules->event;
        if (out.byEvent_.count(event))
            throw std::invalid_argument(file.string() + ": a second rule file for event '" + event +
                                        "'");
        out.byEvent_.emplace(event, std::move(entry));
    }
    return out;
}

const RuleSet* RuleLibrary::forEvent(const std::string& event) const
{
    const auto it = byEvent_.find(event);
    return it == byEvent_.end() ? nullptr : it->second->rules.get();
}

const Matcher* RuleLibrary::matcherFor(const std::string& event) const
{
    const auto it = byEvent_.find(event);
    return it == byEvent_.end() ? nullptr : it->second->matcher.get();
}

std::vector<std::string> RuleLibrary::events() const
{
    std::vector<std::string> out;
    for (const auto& [event, entry] : byEvent_)
        out.push_back(event);
    return out;
}

namespace
{
std::string nameText(const json& v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (!v.is_object())
        return {};
    std::string out;
    for (const char* part : {"first", "middle", "family"})
        if (v.contains(part) && v[part].is_string() && !v[part].get<std::string>().empty())
            out += (out.empty() ? "" : " ") + v[part].get<std::string>();
    return out;
}

std::string textOf(const json& fields, const char* field)
{
    if (!fields.is_object() || !fields.contains(field))
        return {};
    const json& v = fields[field];
    return v.is_string() ? v.get<std::string>() : nameText(v);
}
} // namespace

std::string describeRecord(const std::string& event, const json& fields)
{
    const bool death = event == "death";
    std::string out =
        nameText(fields.is_object() && fields.contains(death ? "deceased_name" : "child_name")
                     ? fields[death ? "deceased_name" : "child_name"]
                     : json());
    auto add = [&out](const std::string& label, const std::string& value) {
        if (!value.empty())
            out += (out.empty() ? "" : ", ") + label + value;
    };
    add("born ", textOf(fields, death ? "deceased_birth_date" : "child_birth_date"));
    if (death)
        add("died ", textOf(fields, "death_date"));
    else
        add("mother ", textOf(fields, "mother_name"));
    return out;
}

} // namespace vitalis::dedup
