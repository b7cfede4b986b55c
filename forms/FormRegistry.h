// Every loaded form definition, by id and version. A record is validated against the version it
// was started with, so old versions stay loaded as long as records may use them.
#pragma once

#include "forms/FormError.h"
#include "forms/FormModel.h"
#include "forms/MessageCatalog.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace vitalis::forms
{

class FormRegistry
{
public:
    explicit FormRegistry(CatalogSet catalogs = {}) : catalogs_(std::move(catalogs)) {}

    // Loads every *.json definition in `dir` (not recursive); returns the problems, and keeps
    // the definitions that are valid.
    FormErrors loadDirectory(const std::filesystem::path& dir);
    FormErrors loadFile(const std::filesystem::path& file);
    // Refuses a second definition with the same id and version.
    FormErrors add(std::shared_ptr<const FormDefinition> form);

    std::shared_ptr<const FormDefinition> find(const std::string& id, int version) const;
    std::shared_ptr<const FormDefinition> latest(const std::string& id) const;
    std::vector<int> versions(const std::string& id) const;
    std::vector<std::string> formIds() const;
    const CatalogSet& catalogs() const { return catalogs_; }

private:
    CatalogSet catalogs_;
    std::map<std::pair<std::string, int>, std::shared_ptr<const FormDefinition>> forms_;
};

} // namespace vitalis::forms
