#include "forms/MessageCatalog.h"

#include "forms/Suggest.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace vitalis::forms
{

using nlohmann::json;

namespace
{
std::string pointer(const std::string& key)
{
    return pointerSegment(key);
}

std::string paramText(const json& v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_number_float()) {
        double d = v.get<double>();
        if (std::fabs(d) < 9.0e15 && d == std::floor(d))
            return std::to_string(static_cast<long long>(d));
    }
    return v.dump();
}
} // namespace

std::optional<MessageCatalog> MessageCatalog::fromJson(const json& doc, const std::string& file,
                                                       FormErrors& errors)
{
    std::size_t before = errors.size();
    auto fail = [&](std::string path, std::string message) {
        errors.push_back({file, std::move(path), std::move(message)});
    };
    if (!doc.is_object()) {
        fail("", "a catalog is a JSON object with language, direction and messages");
        return std::nullopt;
    }
    static const std::vector<std::string> keys = {"$schema", "language", "direction", "messages"};
    for (const auto& [k, v] : doc.items())
        if (std::find(keys.begin(), keys.end(), k) == keys.end())
            fail(pointer(k), "unknown property '" + k + "'" + didYouMean(k, keys));
    MessageCatalog c;
    c.file_ = file;
    auto lang = doc.find("language");
    if (lang == doc.end() || !lang->is_string() || lang->get<std::string>().empty())
        fail("/language", "missing language code (e.g. \"fr\")");
    else
        c.language_ = lang->get<std::string>();
    if (auto dir = doc.find("direction"); dir != doc.end()) {
        if (!dir->is_string() || (*dir != "ltr" && *dir != "rtl"))
            fail("/direction", "direction must be \"ltr\" or \"rtl\"");
        else
            c.direction_ = dir->get<std::string>();
    }
    auto msgs = doc.find("messages");
    if (msgs == doc.end() || !msgs->is_object()) {
        fail("/messages", "missing messages object (message id -> text)");
    } else {
        for (const auto& [id, text] : msgs->items()) {
            if (!text.is_string() || text.get<std::string>().empty())
                fail("/messages" + pointer(id), "message text must be a non-empty string");
            else
                c.messages_[id] = text.get<std::string>();
        }
    }
    if (errors.size() != before)
        return std::nullopt;
    return c;
}

std::optional<MessageCatalog> MessageCatalog::load(const std::filesystem::path& file,
                                                   FormErrors& errors)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        errors.push_back({file.string(), "", "cannot open file"});
        return std::nullopt;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    json doc;
    try {
        doc = json::parse(buffer.str());
    } catch (const json::exception& e) {
        // nlohmann's message names line and column.
        errors.push_back({file.string(), "", std::string("invalid JSON: ") + e.what()});
        return std::nullopt;
    }
    return fromJson(doc, file.string(), errors);
}

std::string MessageCatalog::format(const std::string& id, const json& params) const
{
    auto it = messages_.find(id);
    if (it == messages_.end())
        return id;
    const std::string& text = it->second;
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{') {
            auto close = text.find('}', i);
            if (close != std::string::npos) {
                std::string name = text.substr(i + 1, close - i - 1);
                if (params.is_object() && params.contains(name)) {
                    out += paramText(params[name]);
                    i = close;
                    continue;
                }
            }
        }
        out += text[i];
    }
    return out;
}

void MessageCatalog::addMissing(const MessageCatalog& other)
{
    for (const auto& [id, text] : other.messages_)
        messages_.emplace(id, text);
}

json MessageCatalog::toJson() const
{
    return {{"language", language_}, {"direction", direction_}, {"messages", messages_}};
}

void CatalogSet::merge(const CatalogSet& other)
{
    for (const auto& [language, catalog] : other.catalogs_) {
        if (auto it = catalogs_.find(language); it != catalogs_.end())
            it->second.addMissing(catalog);
        else
            catalogs_.emplace(language, catalog);
    }
}

std::vector<std::string> placeholders(const std::string& text)
{
    std::vector<std::string> names;
    for (std::size_t i = text.find('{'); i != std::string::npos; i = text.find('{', i + 1)) {
        auto close = text.find('}', i);
        if (close == std::string::npos)
            break;
        names.push_back(text.substr(i + 1, close - i - 1));
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

CatalogSet CatalogSet::loadDirectory(const std::filesystem::path& dir, FormErrors& errors)
{
    CatalogSet set;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        errors.push_back({dir.string(), "", "catalog directory does not exist"});
        return set;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        auto catalog = MessageCatalog::load(f, errors);
        if (!catalog)
            continue;
        if (catalog->language() != f.stem().string()) {
            errors.push_back(
                {f.string(), "/language",
                 "language '" + catalog->language() + "' does not match the file name"});
            continue;
        }
        set.add(std::move(*catalog));
    }
    return set;
}

void CatalogSet::add(MessageCatalog catalog)
{
    std::string lang = catalog.language();
    catalogs_.insert_or_assign(lang, std::move(catalog));
}

const MessageCatalog* CatalogSet::find(const std::string& language) const
{
    auto it = catalogs_.find(language);
    return it == catalogs_.end() ? nullptr : &it->second;
}

} // namespace vitalis::forms
