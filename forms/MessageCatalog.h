// Per-language message catalogs for form labels, help, options and validation messages.
// One JSON file per language: {"language": "ar", "direction": "rtl", "messages": {id: text}}.
#pragma once

#include "forms/FormError.h"

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace vitalis::forms
{

class MessageCatalog
{
public:
    static std::optional<MessageCatalog> fromJson(const nlohmann::json& document,
                                                  const std::string& file, FormErrors& errors);
    static std::optional<MessageCatalog> load(const std::filesystem::path& file,
                                              FormErrors& errors);

    const std::string& language() const { return language_; }
    const std::string& direction() const { return direction_; } // "ltr" or "rtl"
    const std::string& file() const { return file_; }
    bool has(const std::string& id) const { return messages_.count(id) != 0; }
    const std::map<std::string, std::string>& messages() const { return messages_; }
    // The text with {name} placeholders replaced from params; the id itself when unknown, so a
    // missing translation is visible instead of blank.
    std::string format(const std::string& id, const nlohmann::json& params = {}) const;
    // Adds the messages of `other` (same language) whose ids this catalog does not have.
    void addMissing(const MessageCatalog& other);
    // The catalog document ({language, direction, messages}) that fromJson reads.
    nlohmann::json toJson() const;

private:
    std::string language_, direction_ = "ltr", file_;
    std::map<std::string, std::string> messages_;
};

// All catalogs of a deployment, by language code.
class CatalogSet
{
public:
    // Loads every <lang>.json in `dir`; problems go to `errors` and the file is skipped.
    static CatalogSet loadDirectory(const std::filesystem::path& dir, FormErrors& errors);
    void add(MessageCatalog catalog);
    // Adds other's languages and, for languages both have, the message ids this set lacks: a
    // text already known (the installed translation) is never replaced by a form's own.
    void merge(const CatalogSet& other);
    const MessageCatalog* find(const std::string& language) const;
    const std::map<std::string, MessageCatalog>& all() const { return catalogs_; }
    bool empty() const { return catalogs_.empty(); }

private:
    std::map<std::string, MessageCatalog> catalogs_;
};

// Placeholder names ("{min}") used in a message text, sorted.
std::vector<std::string> placeholders(const std::string& text);

} // namespace vitalis::forms
