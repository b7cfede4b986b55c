#include "forms/FormRegistry.h"

#include "forms/FormParser.h"

#include <algorithm>

namespace vitalis::forms
{

FormErrors FormRegistry::loadDirectory(const std::filesystem::path& dir)
{
    FormErrors errors;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        errors.push_back({dir.string(), "", "form definition directory does not exist"});
        return errors;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
        if (e.path().extension() == ".json")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        auto more = loadFile(f);
        errors.insert(errors.end(), more.begin(), more.end());
    }
    return errors;
}

FormErrors FormRegistry::loadFile(const std::filesystem::path& file)
{
    auto result = FormParser::parseFile(file, catalogs_.empty() ? nullptr : &catalogs_);
    if (!result.ok())
        return result.errors;
    return add(result.form);
}

FormErrors FormRegistry::add(std::shared_ptr<const FormDefinition> form)
{
    FormErrors errors;
    auto key = std::make_pair(form->id, form->version);
    if (auto it = forms_.find(key); it != forms_.end()) {
        errors.push_back({form->file, "/version",
                          "form '" + form->id + "' version " + std::to_string(form->version) +
                              " is already loaded from " + it->second->file});
        return errors;
    }
    catalogs_.merge(form->messages);
    forms_.emplace(key, std::move(form));
    return errors;
}

std::shared_ptr<const FormDefinition> FormRegistry::find(const std::string& id, int version) const
{
    auto it = forms_.find({id, version});
    return it == forms_.end() ? nullptr : it->second;
}

std::shared_ptr<const FormDefinition> FormRegistry::latest(const std::string& id) const
{
    std::shared_ptr<const FormDefinition> best;
    for (const auto& [key, form] : forms_)
        if (key.first == id)
            best = form; // map order: versions ascend
    return best;
}

std::vector<int> FormRegistry::versions(const std::string& id) const
{
    std::vector<int> out;
    for (const auto& [key, form] : forms_)
        if (key.first == id)
            out.push_back(key.second);
    return out;
}

std::vector<std::string> FormRegistry::formIds() const
{
    std::vector<std::string> out;
    for (const auto& [key, form] : forms_)
        if (out.empty() || out.back() != key.first)
            out.push_back(key.first);
    return out;
}

} // namespace vitalis::forms
