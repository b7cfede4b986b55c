#include "certificates/templates/TemplateConfig.h"

#include <algorithm>
#include <fstream>
#include <set>

namespace vitalis::certificates
{

using nlohmann::json;
namespace fs = std::filesystem;

std::string_view toString(Timeliness t)
{
    switch (t) {
    case Timeliness::OnTime:
        return "on_time";
    case Timeliness::Late:
        return "late";
    case Timeliness::Delayed:
        break;
    }
    return "delayed";
}

namespace
{

struct Reader {
    const std::string& file;
    forms::FormErrors& errors;
    void error(const std::string& path, const std::string& message)
    {
        errors.push_back({file, path, message});
    }
    // The member as a non-empty string, or an error naming it.
    std::string text(const json& obj, const std::string& key, const std::string& path)
    {
        if (!obj.contains(key) || !obj[key].is_string() || obj[key].get<std::string>().empty()) {
            error(path + "/" + key, "required: a non-empty text");
            return {};
        }
        return obj[key].get<std::string>();
    }
};

std::optional<Timeliness> timelinessFrom(const std::string& name)
{
    for (auto t : {Timeliness::OnTime, Timeliness::Late, Timeliness::Delayed})
        if (toString(t) == name)
            return t;
    return std::nullopt;
}

bool isAmount(const json& v)
{
    return v.is_number_integer() && v.get<std::int64_t>() >= 0;
}

void readFees(const json& doc, Reader& r, TemplateConfig& c)
{
    const json fees = doc.value("fees", json());
    if (!fees.is_object()) {
        r.error("/fees", "required: an object with currency, tiers and copy");
        return;
    }
    c.currency = r.text(fees, "currency", "/fees");
    if (!fees.contains("copy") || !isAmount(fees["copy"]))
        r.error("/fees/copy", "the fee of a copy must be a whole number, 0 or more");
    else
        c.copyAmount = fees["copy"].get<std::int64_t>();
    const json tiers = fees.value("tiers", json());
    if (!tiers.is_array() || tiers.empty()) {
        r.error("/fees/tiers", "required: a list of fee tiers (on_time, late, delayed)");
        return;
    }
    for (std::size_t i = 0; i < tiers.size(); ++i) {
        const std::string path = "/fees/tiers/" + std::to_string(i);
        const json& t = tiers[i];
        FeeTier tier;
        const auto which = timelinessFrom(t.is_object() ? t.value("timeliness", "") : "");
        if (!which)
            r.error(path + "/timeliness", "must be one of on_time, late, delayed");
        tier.timeliness = which.value_or(Timeliness::Delayed);
        if (!t.is_object() || !t.contains("amount") || !isAmount(t["amount"]))
            r.error(path + "/amount", "the fee must be a whole number, 0 or more");
        else
            tier.amount = t["amount"].get<std::int64_t>();
        const bool last = i + 1 == tiers.size();
        if (t.is_object() && t.contains("upToDays")) {
            if (!t["upToDays"].is_number_integer() || t["upToDays"].get<int>() < 0)
                r.error(path + "/upToDays", "must be a whole number of days, 0 or more");
            else
                tier.upToDays = t["upToDays"].get<int>();
        } else if (!last) {
            r.error(path + "/upToDays", "required on every tier but the last");
        }
        if (last && tier.upToDays)
            r.error(path + "/upToDays", "the last tier has no upper bound (it covers the rest)");
        if (i > 0 && tier.upToDays && c.tiers.back().upToDays &&
            *tier.upToDays <= *c.tiers.back().upToDays)
            r.error(path + "/upToDays", "tiers overlap: " + std::to_string(*tier.upToDays) +
                                            " days is not after the previous tier's " +
                                            std::to_string(*c.tiers.back().upToDays));
        c.tiers.push_back(tier);
    }
}

void readQrFields(const json& doc, Reader& r, TemplateConfig& c)
{
    const json qr = doc.value("qr", json());
    if (!qr.is_object() || !qr.contains("person")) {
        r.error("/qr", "required: the fields of the QR's claims (at least \"person\")");
        return;
    }
    for (const auto& [claim, fields] : qr.items()) {
        static const std::set<std::string> claims = {"person", "sex", "mother", "father", "place"};
        if (!claims.count(claim)) {
            r.error("/qr/" + claim, "unknown claim (person, sex, mother, father, place)");
            continue;
        }
        const json list = fields.is_array() ? fields : json::array({fields});
        for (const auto& f : list)
            if (f.is_string())
                c.qrFields[claim].push_back(f.get<std::string>());
            else
                r.error("/qr/" + claim, "a field id must be a text");
    }
}

void readTemplate(const json& t, const std::string& path, const fs::path& dir, Reader& r,
                  TemplateConfig& c)
{
    CertificateTemplate out;
    out.path = path;
    if (!t.is_object()) {
        r.error(path, "a template must be an object");
        return;
    }
    out.id = r.text(t, "id", path);
    out.certifiedCopy = t.value("certifiedCopy", false);
    const json labels = t.value("label", json());
    const json files = t.value("file", json());
    for (const auto& lang : c.languages) {
        if (!labels.is_object() || !labels.contains(lang) || !labels[lang].is_string())
            r.error(path + "/label/" + lang, "missing the label in language '" + lang + "'");
        else
            out.labels[lang] = labels[lang].get<std::string>();
        if (!files.is_object() || !files.contains(lang) || !files[lang].is_string())
            r.error(path + "/file/" + lang, "missing the SVG file in language '" + lang + "'");
        else
            out.files[lang] = dir / files[lang].get<std::string>();
    }
    if (t.contains("when") && !t["when"].is_null()) {
        out.when = t["when"];
        std::vector<forms::LogicIssue> issues;
        std::vector<forms::LogicVar> vars;
        out.condition = forms::Logic::compile(out.when, issues, vars);
        for (const auto& issue : issues)
            r.error(path + "/when" + issue.path, issue.message);
    }
    c.templates.push_back(std::move(out));
}

} // namespace

std::optional<TemplateConfig> TemplateConfig::parse(const json& doc, const std::string& file,
                                                    const fs::path& dir, forms::FormErrors& errors)
{
    const std::size_t before = errors.size();
    Reader r{file, errors};
    if (!doc.is_object()) {
        r.error("", "a certificate configuration must be a JSON object");
        return std::nullopt;
    }
    TemplateConfig c;
    c.file = file;
    c.event = r.text(doc, "event", "");
    c.eventDateField = r.text(doc, "eventDateField", "");
    const json langs = doc.value("languages", json());
    if (!langs.is_array() || langs.empty())
        r.error("/languages", "required: the list of languages certificates are printed in");
    else
        for (std::size_t i = 0; i < langs.size(); ++i) {
            if (langs[i].is_string())
                c.languages.push_back(langs[i].get<std::string>());
            else
                r.error("/languages/" + std::to_string(i), "a language code must be a text");
        }
    readFees(doc, r, c);
    readQrFields(doc, r, c);
    const json templates = doc.value("templates", json());
    if (!templates.is_array() || templates.empty())
        r.error("/templates", "required: at least one template");
    else
        for (std::size_t i = 0; i < templates.size(); ++i)
            readTemplate(templates[i], "/templates/" + std::to_string(i), dir, r, c);
    std::set<std::string> ids;
    for (const auto& t : c.templates)
        if (!t.id.empty() && !ids.insert(t.id).second)
            r.error(t.path + "/id", "template id '" + t.id + "' is used twice");
    if (errors.size() != before)
        return std::nullopt;
    return c;
}

std::optional<TemplateConfig> TemplateConfig::load(const fs::path& file, forms::FormErrors& errors)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        errors.push_back({file.string(), "", "cannot open the file"});
        return std::nullopt;
    }
    try {
        return parse(json::parse(in), file.string(), file.parent_path(), errors);
    } catch (const json::exception& e) {
        errors.push_back({file.string(), "", std::string("invalid JSON: ") + e.what()});
        return std::nullopt;
    }
}

std::map<std::string, TemplateConfig> loadTemplateDirectory(const fs::path& dir,
                                                            forms::FormErrors& errors)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.path().extension() == ".json")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::map<std::string, TemplateConfig> out;
    for (const auto& f : files)
        if (auto c = TemplateConfig::load(f, errors)) {
            if (out.count(c->event))
                errors.push_back(
                    {f.string(), "/event", "event '" + c->event + "' is configured twice"});
            else
                out.emplace(c->event, std::move(*c));
        }
    return out;
}

const CertificateTemplate* TemplateConfig::find(const std::string& templateId) const
{
    for (const auto& t : templates)
        if (t.id == templateId)
            return &t;
    return nullptr;
}

Timeliness TemplateConfig::timeliness(int days) const
{
    for (const auto& t : tiers)
        if (!t.upToDays || days <= *t.upToDays)
            return t.timeliness;
    return Timeliness::Delayed;
}

std::int64_t TemplateConfig::fee(int days, bool copy) const
{
    if (copy)
        return copyAmount;
    for (const auto& t : tiers)
        if (!t.upToDays || days <= *t.upToDays)
            return t.amount;
    return tiers.empty() ? 0 : tiers.back().amount;
}

const CertificateTemplate* TemplateConfig::choose(const json& fields, bool certifiedCopy) const
{
    const forms::LogicContext context{}; // conditions read fields, not the date
    for (const auto& t : templates)
        if (t.certifiedCopy == certifiedCopy &&
            (t.condition.empty() || t.condition.test(fields, context)))
            return &t;
    return nullptr;
}

} // namespace vitalis::certificates
