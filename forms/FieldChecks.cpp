#include "forms/FieldChecks.h"

#include "forms/PatternGuard.h"
#include "forms/ReferenceData.h"

#include <algorithm>
#include <cmath>

namespace vitalis::forms
{

using nlohmann::json;

namespace
{

std::size_t codePoints(const std::string& s)
{
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Built-in bounds of the types without a definable limit: no value may carry more than a
// form can mean (a 5,000-character first name, a number beyond any count or measure).
constexpr std::size_t kMaxNamePart = 100;
constexpr std::size_t kMaxAddressLine = 200;
constexpr std::size_t kMaxAttachmentText = 2048; // a file name, a media type, a URI
constexpr int kMaxFiles = 100;                   // per attachment field without maxFiles
constexpr double kMaxNumber = 1e15;              // magnitude; integers stay exact in a double

// Whole numbers print as 7, not 7.0, when a catalog message shows them.
json number(double d);

// A string member of a composite value within `max` characters; false after adding an error
// naming the part.
bool withinLength(const json& part, std::size_t max, const std::string& name,
                  std::vector<FieldError>& out);

bool emailShape(const std::string& s)
{
    auto at = s.find('@');
    if (at == std::string::npos || at == 0 || s.find('@', at + 1) != std::string::npos ||
        s.size() > 254)
        return false;
    std::string domain = s.substr(at + 1);
    auto dot = domain.rfind('.');
    if (dot == std::string::npos || dot == 0 || dot + 2 > domain.size() ||
        domain.find("..") != std::string::npos)
        return false;
    return std::none_of(s.begin(), s.end(),
                        [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
}

bool phoneShape(const std::string& s)
{
    int digits = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            ++digits;
        else if (!(c == ' ' || c == '-' || c == '(' || c == ')' || (c == '+' && i == 0)))
            return false;
    }
    return digits >= 6 && digits <= 20;
}

void add(std::vector<FieldError>& out, std::string id, std::string rule,
         json params = json::object())
{
    out.push_back({std::move(id), std::move(params), std::move(rule)});
}

bool withinLength(const json& part, std::size_t max, const std::string& name,
                  std::vector<FieldError>& out)
{
    if (!part.is_string() || codePoints(part.get_ref<const std::string&>()) <= max)
        return true;
    add(out, "validation.tooLong", "type", {{"max", max}, {"part", name}});
    return false;
}

bool hasOption(const std::vector<OptionItem>& options, const std::string& v)
{
    return std::any_of(options.begin(), options.end(),
                       [&](const OptionItem& o) { return o.value == v; });
}

// Whole numbers print as 7, not 7.0, when a catalog message shows them.
json number(double d)
{
    if (std::fabs(d) < 9.0e15 && d == std::floor(d))
        return static_cast<long long>(d);
    return d;
}

json bounds(const Rule& r)
{
    json p = json::object();
    if (r.min)
        p["min"] = number(*r.min);
    if (r.max)
        p["max"] = number(*r.max);
    return p;
}

bool outside(const Rule& r, double v)
{
    return (r.min && v < *r.min) || (r.max && v > *r.max);
}

// Checks a reference-data id; returns false after adding an error.
bool checkReference(const Field& f, const std::string& id, const CheckContext& ctx,
                    std::vector<FieldError>& out)
{
    if (!ctx.reference || !f.optionsFrom)
        return true;
    const auto& src = *f.optionsFrom;
    auto entry = ctx.reference->find(src.source, id);
    if (!entry) {
        add(out, f.type == FieldType::Address ? "validation.location" : "validation.option", "type",
            {{"value", id}});
        return false;
    }
    if (src.leafOnly && !entry->leaf) {
        add(out, "validation.location.leaf", "type", {{"value", id}});
        return false;
    }
    if (src.parentIndex >= 0) {
        const auto& parentField = ctx.form.fields[static_cast<std::size_t>(src.parentIndex)];
        auto pv = ctx.values.find(parentField.id);
        if (pv != ctx.values.end() && pv->is_string() &&
            !ctx.reference->isWithin(src.source, id, pv->get<std::string>())) {
            add(out, "validation.option.parent", "type",
                {{"value", id}, {"parent", parentField.id}});
            return false;
        }
    }
    return true;
}

// Shape for the type; false (after adding an error) if the value is unusable for rules.
bool typeError(std::vector<FieldError>& out, const char* id)
{
    add(out, id, "type");
    return false;
}

// Text, long text, phone, e-mail and national ID: a string of its shape and length.
bool checkText(const Field& f, const json& v, const CheckContext& ctx, std::vector<FieldError>& out)
{
    if (!v.is_string())
        return typeError(out, "validation.type.text");
    const auto& s = v.get_ref<const std::string&>();
    if (f.maxLength && codePoints(s) > f.maxLength) {
        add(out, "validation.tooLong", "type", {{"max", f.maxLength}});
        return false;
    }
    if (f.type == FieldType::Phone && !phoneShape(s))
        return typeError(out, "validation.phone");
    if (f.type == FieldType::Email && !emailShape(s))
        return typeError(out, "validation.email");
    if (f.type == FieldType::NationalId && f.idFormat >= 0) {
        const auto& fmt = ctx.form.idFormats[static_cast<std::size_t>(f.idFormat)];
        if ((fmt.regex && !patternMatches(*fmt.regex, s)) || !checksumValid(fmt.checksum, s)) {
            add(out, fmt.message, "type", {{"format", fmt.id}});
            return false;
        }
    }
    return true;
}

// A date, or {"age": N} where the field lets an age stand for an unknown date.
bool checkDate(const Field& f, const json& v, std::vector<FieldError>& out)
{
    if (v.is_object() && f.allowAge) {
        auto age = v.find("age");
        double max = f.maxAge.value_or(150);
        if (v.size() != 1 || age == v.end() || !age->is_number_integer() ||
            age->get<long long>() < 0 || static_cast<double>(age->get<long long>()) > max) {
            add(out, "validation.age", "type", {{"max", number(max)}});
            return false;
        }
        return true;
    }
    return v.is_string() && parseDate(v.get_ref<const std::string&>())
               ? true
               : typeError(out, "validation.type.date");
}

// A person's name: known parts only, each a string of bounded length.
bool checkName(const Field& f, const json& v, std::vector<FieldError>& out)
{
    if (!v.is_object())
        return typeError(out, "validation.type.name");
    for (const auto& [k, part] : v.items())
        if (std::find(f.nameParts.begin(), f.nameParts.end(), k) == f.nameParts.end() ||
            !(part.is_string() || part.is_null()))
            return typeError(out, "validation.type.name");
        else if (!withinLength(part, kMaxNamePart, k, out))
            return false;
    return true;
}

// An address: a known location and an optional line.
bool checkAddress(const Field& f, const json& v, const CheckContext& ctx,
                  std::vector<FieldError>& out)
{
    if (!v.is_object())
        return typeError(out, "validation.type.address");
    for (const auto& [k, part] : v.items())
        if ((k != "location" && k != "line") || !(part.is_string() || part.is_null()))
            return typeError(out, "validation.type.address");
        else if (!withinLength(part, kMaxAddressLine, k, out))
            return false;
    auto loc = v.find("location");
    if (loc == v.end() || !loc->is_string() || loc->get<std::string>().empty()) {
        add(out, "validation.location", "type");
        return false;
    }
    return checkReference(f, loc->get<std::string>(), ctx, out);
}

// Attached documents: how many, and each one's document type, media type and size.
bool checkAttachments(const Field& f, const json& v, std::vector<FieldError>& out)
{
    if (!v.is_array())
        return typeError(out, "validation.type.attachment");
    const int maxFiles = f.maxFiles ? f.maxFiles : kMaxFiles;
    if (static_cast<int>(v.size()) > maxFiles) {
        add(out, "validation.attachment.count", "type", {{"max", maxFiles}});
        return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const auto& a = v[i];
        if (!a.is_object() || !a.contains("documentType") || !a["documentType"].is_string() ||
            !a.contains("mediaType") || !a["mediaType"].is_string() || !a.contains("size") ||
            !a["size"].is_number_integer() || a["size"].get<long long>() < 0)
            return typeError(out, "validation.type.attachment");
        for (const auto& [k, member] : a.items())
            if (!withinLength(member, kMaxAttachmentText, k, out))
                return false;
        std::string doc = a["documentType"].get<std::string>(),
                    media = a["mediaType"].get<std::string>();
        if (!hasOption(f.documentTypes, doc)) {
            add(out, "validation.attachment.documentType", "type", {{"index", i}, {"value", doc}});
            ok = false;
        }
        if (!f.acceptedTypes.empty() && std::find(f.acceptedTypes.begin(), f.acceptedTypes.end(),
                                                  media) == f.acceptedTypes.end()) {
            add(out, "validation.attachment.mediaType", "type", {{"index", i}, {"value", media}});
            ok = false;
        }
        if (f.maxSize && a["size"].get<long long>() > f.maxSize) {
            add(out, "validation.attachment.size", "type", {{"index", i}, {"max", f.maxSize}});
            ok = false;
        }
    }
    return ok;
}

bool checkType(const Field& f, const json& v, const CheckContext& ctx, std::vector<FieldError>& out)
{
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Phone:
    case FieldType::Email:
    case FieldType::NationalId:
        return checkText(f, v, ctx, out);
    case FieldType::Number:
        if (!v.is_number())
            return typeError(out, "validation.type.number");
        if (std::fabs(v.get<double>()) > kMaxNumber) {
            add(out, "validation.number.tooLarge", "type", {{"max", number(kMaxNumber)}});
            return false;
        }
        return true;
    case FieldType::Date:
        return checkDate(f, v, out);
    case FieldType::Time:
        return v.is_string() && isValidTime(v.get_ref<const std::string&>())
                   ? true
                   : typeError(out, "validation.type.time");
    case FieldType::Checkbox:
        return v.is_boolean() ? true : typeError(out, "validation.type.checkbox");
    case FieldType::Select:
    case FieldType::Radio:
        if (!v.is_string())
            return typeError(out, "validation.option");
        if (f.optionsFrom)
            return checkReference(f, v.get<std::string>(), ctx, out);
        if (!hasOption(f.options, v.get<std::string>())) {
            add(out, "validation.option", "type", {{"value", v}});
            return false;
        }
        return true;
    case FieldType::PersonName:
        return checkName(f, v, out);
    case FieldType::Address:
        return checkAddress(f, v, ctx, out);
    case FieldType::Attachment:
        return checkAttachments(f, v, out);
    default:
        return true;
    }
}

void checkRule(const Field& f, const Rule& r, const json& v, const CheckContext& ctx,
               std::vector<FieldError>& out)
{
    std::string rule(toString(r.type));
    switch (r.type) {
    case RuleType::Length:
        if (v.is_string() && outside(r, static_cast<double>(codePoints(v.get<std::string>()))))
            add(out, r.message, rule, bounds(r));
        break;
    case RuleType::Pattern:
    case RuleType::Phone:
        if (v.is_string() && r.regex && !patternMatches(*r.regex, v.get<std::string>()))
            add(out, r.message, rule);
        break;
    case RuleType::Range:
        if (v.is_number() && outside(r, v.get<double>()))
            add(out, r.message, rule, bounds(r));
        break;
    case RuleType::NotInFuture: {
        auto d = v.is_string() ? parseDate(v.get<std::string>()) : std::nullopt;
        if (d && std::chrono::sys_days{*d} > std::chrono::sys_days{ctx.logic.today})
            add(out, r.message, rule, {{"today", formatDate(ctx.logic.today)}});
        break;
    }
    case RuleType::DateWithin: {
        auto d = v.is_string() ? parseDate(v.get<std::string>()) : std::nullopt;
        std::optional<std::chrono::year_month_day> other;
        if (r.of == "$today") {
            other = ctx.logic.today;
        } else if (r.ofIndex >= 0) {
            auto it = ctx.values.find(ctx.form.fields[static_cast<std::size_t>(r.ofIndex)].id);
            if (it != ctx.values.end() && it->is_string())
                other = parseDate(it->get<std::string>());
        }
        if (d && other && outside(r, static_cast<double>(dateDifference(*other, *d, r.unit)))) {
            json p = bounds(r);
            p["of"] = r.of;
            p["unit"] = r.unit == DateUnit::Days     ? "days"
                        : r.unit == DateUnit::Months ? "months"
                                                     : "years";
            add(out, r.message, rule, p);
        }
        break;
    }
    case RuleType::Checksum:
        if (v.is_string() && !checksumValid(r.checksum, v.get<std::string>()))
            add(out, r.message, rule);
        break;
    case RuleType::Email:
        if (v.is_string() && !emailShape(v.get<std::string>()))
            add(out, r.message, rule);
        break;
    case RuleType::Logic:
        if (!r.condition.test(ctx.values, ctx.logic))
            add(out, r.message, rule);
        break;
    }
    (void)f;
}

} // namespace

bool isEmptyValue(const json& v)
{
    switch (v.type()) {
    case json::value_t::null:
        return true;
    case json::value_t::string:
        return v.get_ref<const std::string&>().find_first_not_of(" \t\r\n") == std::string::npos;
    case json::value_t::array:
        return v.empty();
    case json::value_t::object:
        return std::all_of(v.begin(), v.end(), [](const json& m) { return isEmptyValue(m); });
    default:
        return false;
    }
}

void checkRequired(const Field& field, const json* value, std::vector<FieldError>& out)
{
    if (!value || isEmptyValue(*value)) {
        add(out, field.requiredMessage, "required");
        return;
    }
    if (field.type == FieldType::Checkbox && value->is_boolean() && !value->get<bool>()) {
        add(out, field.requiredMessage, "required"); // a required checkbox must be ticked
        return;
    }
    if (field.type == FieldType::PersonName && value->is_object()) {
        for (const auto& part : field.requiredNameParts) {
            auto it = value->find(part);
            if (it == value->end() || isEmptyValue(*it))
                add(out, field.requiredMessage, "required", {{"part", part}});
        }
    }
}

void checkValue(const Field& field, const json& value, const CheckContext& ctx,
                std::vector<FieldError>& out)
{
    if (!checkType(field, value, ctx, out))
        return;
    for (const auto& rule : field.rules)
        checkRule(field, rule, value, ctx, out);
}

const std::vector<std::string>& builtinMessageIds()
{
    static const std::vector<std::string> ids = {
        "validation.required",
        "validation.tooLong",
        "validation.number.tooLarge",
        "validation.hidden",
        "validation.recordTooLarge",
        "validation.type.text",
        "validation.type.number",
        "validation.type.date",
        "validation.type.time",
        "validation.type.checkbox",
        "validation.type.name",
        "validation.type.address",
        "validation.type.attachment",
        "validation.age",
        "validation.option",
        "validation.option.parent",
        "validation.location",
        "validation.location.leaf",
        "validation.phone",
        "validation.email",
        "validation.attachment.count",
        "validation.attachment.documentType",
        "validation.attachment.mediaType",
        "validation.attachment.size",
        "validation.length",
        "validation.pattern",
        "validation.range",
        "validation.notInFuture",
        "validation.dateWithin",
        "validation.checksum",
        // Labels of the parts of composite field types, shown by every client.
        "field.name.first",
        "field.name.middle",
        "field.name.family",
        "field.date.exactUnknown",
        "field.date.age",
        "field.address.location",
        "field.address.line",
        "field.attachment.documentType",
    };
    return ids;
}

} // namespace vitalis::forms
