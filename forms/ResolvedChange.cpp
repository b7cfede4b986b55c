#include "forms/ResolvedChange.h"

#include "forms/FormRegistry.h"

#include <algorithm>
#include <stdexcept>

namespace vitalis::forms
{

using nlohmann::json;

namespace
{

const json* member(const json& object, const std::string& key)
{
    auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

// "father_details_available = no": the answers the condition that hides `f` reads (its page's
// when the page is hidden, else its own), as they are in the resulting record.
std::string hiddenBy(const FormDefinition& form, const FormEvaluator& eval, const Field& f)
{
    const bool pageHidden = !eval.pageAt(f.page).visible;
    const auto& reads =
        pageHidden ? form.pages[static_cast<std::size_t>(f.page)].showReads : f.showReads;
    std::string out;
    std::vector<int> named;
    for (int i : reads) {
        if (std::find(named.begin(), named.end(), i) != named.end())
            continue;
        named.push_back(i);
        const std::string& id = form.fields[static_cast<std::size_t>(i)].id;
        const json* v = member(eval.values(), id);
        out += (out.empty() ? "" : ", ") + id + " = " +
               (!v               ? std::string("(no answer)")
                : v->is_string() ? v->get<std::string>()
                                 : v->dump());
    }
    if (out.empty())
        out = pageHidden ? "page " + form.pages[static_cast<std::size_t>(f.page)].id : f.id;
    return out;
}

// Bytes of the values once the change is applied to `stored`, as compact JSON.
std::size_t recordBytes(const json& stored, const ResolvedChange& change)
{
    std::size_t bytes = 2;
    auto add = [&](const std::string& key, const json& v) {
        bytes += key.size() + 4 + v.dump().size();
    };
    for (auto it = stored.begin(); it != stored.end(); ++it)
        if (!change.changes.contains(it.key()) && !change.computed.contains(it.key()))
            add(it.key(), it.value());
    for (const auto* set : {&change.changes, &change.computed})
        for (const auto& [id, c] : *set)
            if (!c.value.is_null())
                add(id, c.value);
    return bytes;
}

class Resolver
{
public:
    Resolver(const FormDefinition& form, const FormEvaluator& eval, const json& stored,
             const FieldChanges& sent, CheckScope scope, ResolvedChange& out)
        : form_(form), eval_(eval), stored_(stored), sent_(sent), scope_(scope), out_(out)
    {
    }
    // The sent values: refused when unknown or hidden, ignored when computed.
    void takeSent(std::vector<char>& touched)
    {
        for (const auto& [id, change] : sent_) {
            auto it = form_.fieldIndex.find(id);
            const Field* f = it == form_.fieldIndex.end()
                                 ? nullptr
                                 : &form_.fields[static_cast<std::size_t>(it->second)];
            if (!f || !f->holdsValue()) {
                if (!change.value.is_null())
                    problem(id, kUnknownFieldRule, kUnknownFieldRule,
                            {{"form", form_.id}, {"version", form_.version}});
                else if (member(stored_, id))
                    out_.changes.insert_or_assign(id, FieldChange{stored_[id], json()});
                continue;
            }
            touched[static_cast<std::size_t>(it->second)] = 1;
            if (f->type == FieldType::Computed)
                continue;
            if (!change.value.is_null() && !eval_.fieldAt(it->second).visible)
                hidden_.push_back({id,
                                   kHiddenFieldRule,
                                   "validation.hidden",
                                   {{"by", hiddenBy(form_, eval_, *f)}}});
            out_.changes.insert_or_assign(id, change);
        }
    }
    // Stored answers now hidden are cleared; computed values are the engine's.
    void derive(const std::vector<char>& touched)
    {
        for (std::size_t i = 0; i < form_.fields.size(); ++i) {
            const Field& f = form_.fields[i];
            if (!f.holdsValue() || (scope_ == CheckScope::Changed && !touched[i]))
                continue;
            const json* was = member(stored_, f.id);
            if (f.type == FieldType::Computed) {
                const json* now = member(eval_.values(), f.id);
                if ((was == nullptr) != (now == nullptr) || (was && *was != *now))
                    out_.computed.insert_or_assign(
                        f.id, FieldChange{was ? *was : json(), now ? *now : json()});
            } else if (was && !eval_.fieldAt(static_cast<int>(i)).visible &&
                       !sent_.contains(f.id)) {
                out_.changes.insert_or_assign(f.id, FieldChange{*was, json()});
            }
        }
        if (scope_ == CheckScope::Full) // keys of no field (never stored since the checks)
            for (auto it = stored_.begin(); it != stored_.end(); ++it)
                if (const Field* f = form_.field(it.key()); !f || !f->holdsValue())
                    if (!sent_.contains(it.key()))
                        out_.changes.insert_or_assign(it.key(), FieldChange{it.value(), json()});
    }
    // Field errors (all, or only of touched fields) with the hidden values, by field id.
    void collectErrors(const std::vector<char>& touched)
    {
        auto& problems = out_.report.problems;
        const auto first = static_cast<std::ptrdiff_t>(problems.size());
        problems.insert(problems.end(), hidden_.begin(), hidden_.end());
        for (std::size_t i = 0; i < form_.fields.size(); ++i)
            if (scope_ == CheckScope::Full || touched[i])
                for (const auto& e : eval_.fieldAt(static_cast<int>(i)).errors)
                    problems.push_back({form_.fields[i].id, e.rule, e.messageId, e.params});
        std::stable_sort(
            problems.begin() + first, problems.end(),
            [](const FieldProblem& a, const FieldProblem& b) { return a.fieldId < b.fieldId; });
    }

private:
    void problem(const std::string& id, const char* rule, const char* message, json params)
    {
        out_.report.problems.push_back({id, rule, message, std::move(params)});
    }

    const FormDefinition& form_;
    const FormEvaluator& eval_;
    const json& stored_;
    const FieldChanges& sent_;
    CheckScope scope_;
    ResolvedChange& out_;
    std::vector<FieldProblem> hidden_;
};

// The input values the change leaves: stored ones of fields the form has, then the sent ones.
json inputValues(const FormDefinition& form, const json& stored, const FieldChanges& sent)
{
    json values = json::object();
    auto isInput = [&](const std::string& id) {
        const Field* f = form.field(id);
        return f && f->isDataEntry();
    };
    for (auto it = stored.begin(); it != stored.end(); ++it)
        if (isInput(it.key()))
            values[it.key()] = it.value();
    for (const auto& [id, change] : sent)
        if (isInput(id))
            FieldChanges::setField(values, id, change.value);
    return values;
}

} // namespace

ResolvedChange resolveChange(const FormRegistry& registry, const ReferenceData* reference,
                             const TodayFunction& today, const std::string& formId, int version,
                             const json& stored, const FieldChanges& sent, ValidationMode mode,
                             CheckScope scope)
{
    ResolvedChange out;
    out.report = {formId, version, {}};
    auto form = registry.find(formId, version);
    if (!form) {
        out.report.problems.push_back({"",
                                       kUnsupportedFormVersionRule,
                                       kUnsupportedFormVersionRule,
                                       {{"form", formId}, {"version", version}}});
        return out;
    }
    if (!stored.is_object())
        throw std::invalid_argument("field values must be a JSON object keyed by field id");
    const bool full = scope == CheckScope::Full;
    FormEvaluator eval(form, today, reference, mode,
                       full ? inputValues(*form, stored, sent) : json::object());
    std::vector<char> touched(form->fields.size(), full ? 1 : 0);
    if (!full) {
        eval.loadValues(stored);
        for (const auto& [id, change] : sent)
            if (const Field* f = form->field(id); f && f->isDataEntry())
                for (int i : eval.setValue(id, change.value))
                    touched[static_cast<std::size_t>(i)] = 1;
    }
    Resolver resolver(*form, eval, stored, sent, scope, out);
    resolver.takeSent(touched);
    resolver.derive(touched);
    resolver.collectErrors(touched);
    if (!sent.empty() && out.report.ok())
        if (const auto bytes = recordBytes(stored, out); bytes > kMaxRecordBytes)
            out.report.problems.push_back({"",
                                           kRecordTooLargeRule,
                                           "validation.recordTooLarge",
                                           {{"max", kMaxRecordBytes}, {"size", bytes}}});
    return out;
}

} // namespace vitalis::forms
