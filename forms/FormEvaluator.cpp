#include "forms/FormEvaluator.h"

#include "core/FieldChanges.h"
#include "forms/ReferenceData.h"

#include <algorithm>
#include <queue>
#include <stdexcept>

namespace vitalis::forms
{

using nlohmann::json;

FormEvaluator::FormEvaluator(std::shared_ptr<const FormDefinition> form, TodayFunction today,
                             const ReferenceData* reference, ValidationMode mode,
                             const json& values)
    : form_(std::move(form)), today_(std::move(today)), reference_(reference), mode_(mode)
{
    if (!form_)
        throw std::invalid_argument("FormEvaluator needs a form definition");
    if (!today_)
        throw std::invalid_argument("FormEvaluator needs a clock (TodayFunction)");
    fields_.resize(form_->fields.size());
    pages_.resize(form_->pages.size());
    queued_.assign(form_->nodes.size(), 0);
    stateDirty_.assign(form_->fields.size(), 0);
    setValues(values);
}

void FormEvaluator::setValues(const json& values)
{
    replaceValues(values);
    LogicContext ctx = context();
    for (int i = 0; i < static_cast<int>(fields_.size()); ++i)
        evaluateState(i, ctx);
}

void FormEvaluator::loadValues(const json& values)
{
    replaceValues(values);
    for (auto& state : fields_) {
        state.enabled = state.required = false;
        state.errors.clear();
    }
}

void FormEvaluator::replaceValues(const json& values)
{
    raw_ = json::object();
    effective_ = json::object();
    unknown_.clear();
    if (values.is_object()) {
        for (const auto& [k, v] : values.items()) {
            const Field* f = form_->field(k);
            if (!f || !f->holdsValue())
                unknown_.push_back(k);
            else if (f->type != FieldType::Computed && !v.is_null())
                raw_[k] = v;
        }
    }
    LogicContext ctx = context();
    for (int node : form_->topoOrder)
        evaluateNode(node, ctx);
}

void FormEvaluator::setMode(ValidationMode mode)
{
    mode_ = mode;
    LogicContext ctx = context();
    for (int i = 0; i < static_cast<int>(fields_.size()); ++i)
        evaluateState(i, ctx);
}

std::vector<int> FormEvaluator::setValue(const std::string& fieldId, json value)
{
    auto it = form_->fieldIndex.find(fieldId);
    if (it == form_->fieldIndex.end())
        throw std::invalid_argument("unknown field '" + fieldId + "'");
    const int index = it->second;
    const Field& field = form_->fields[static_cast<std::size_t>(index)];
    if (field.type == FieldType::Computed || !field.holdsValue())
        throw std::invalid_argument("field '" + fieldId + "' is not an input");
    FieldChanges::setField(raw_, fieldId, std::move(value));

    LogicContext ctx = context();
    std::vector<int> touched{index};
    stateDirty_[static_cast<std::size_t>(index)] = 1;
    // Min-heap on topological order: every node is evaluated after everything it reads.
    using Item = std::pair<int, int>; // (order, node)
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    auto push = [&](int node) {
        if (!queued_[static_cast<std::size_t>(node)]) {
            queued_[static_cast<std::size_t>(node)] = 1;
            queue.push({form_->nodes[static_cast<std::size_t>(node)].order, node});
        }
    };
    push(field.node);
    while (!queue.empty()) {
        int node = queue.top().second;
        queue.pop();
        queued_[static_cast<std::size_t>(node)] = 0;
        bool changed = evaluateNode(node, ctx);
        if (!changed && node != field.node)
            continue;
        const GraphNode& g = form_->nodes[static_cast<std::size_t>(node)];
        if (changed)
            for (int d : g.dependents)
                push(d);
        if (g.field < 0)
            continue;
        auto mark = [&](int f) {
            if (!stateDirty_[static_cast<std::size_t>(f)]) {
                stateDirty_[static_cast<std::size_t>(f)] = 1;
                touched.push_back(f);
            }
        };
        mark(g.field);
        for (int f : form_->fields[static_cast<std::size_t>(g.field)].stateDependents)
            mark(f);
    }
    for (int f : touched) {
        stateDirty_[static_cast<std::size_t>(f)] = 0;
        evaluateState(f, ctx);
    }
    return touched;
}

bool FormEvaluator::evaluateNode(int node, const LogicContext& ctx)
{
    const GraphNode& g = form_->nodes[static_cast<std::size_t>(node)];
    if (g.page >= 0) {
        const Page& page = form_->pages[static_cast<std::size_t>(g.page)];
        bool visible = page.show.empty() || page.show.test(effective_, ctx);
        bool changed = visible != pages_[static_cast<std::size_t>(g.page)].visible;
        pages_[static_cast<std::size_t>(g.page)].visible = visible;
        return changed;
    }
    const Field& f = form_->fields[static_cast<std::size_t>(g.field)];
    FieldState& state = fields_[static_cast<std::size_t>(g.field)];
    bool visible = pages_[static_cast<std::size_t>(f.page)].visible &&
                   (f.show.empty() || f.show.test(effective_, ctx));
    bool changed = visible != state.visible;
    state.visible = visible;
    if (!f.holdsValue())
        return changed;
    // Hidden fields drop out of the data so stale answers (e.g. the father's details after
    // "father unknown") never feed conditions, computed values or the saved declaration.
    json next;
    if (visible) {
        if (f.type == FieldType::Computed) {
            next = f.value.evaluate(effective_, ctx);
        } else if (auto it = raw_.find(f.id); it != raw_.end()) {
            next = *it;
        }
    }
    auto cur = effective_.find(f.id);
    if (next.is_null()) {
        if (cur != effective_.end()) {
            effective_.erase(cur);
            changed = true;
        }
    } else if (cur == effective_.end() || *cur != next) {
        effective_[f.id] = std::move(next);
        changed = true;
    }
    return changed;
}

void FormEvaluator::evaluateState(int index, const LogicContext& ctx)
{
    const Field& f = form_->fields[static_cast<std::size_t>(index)];
    FieldState& state = fields_[static_cast<std::size_t>(index)];
    state.errors.clear();
    state.enabled = state.visible && (f.enable.empty() || f.enable.test(effective_, ctx));
    state.required = state.enabled && f.isDataEntry() &&
                     (f.required || (!f.requiredIf.empty() && f.requiredIf.test(effective_, ctx)));
    if (!state.visible || !f.holdsValue())
        return;
    auto it = effective_.find(f.id);
    const json* value = it == effective_.end() ? nullptr : &*it;
    bool empty = !value || isEmptyValue(*value);
    if (state.required && mode_ == ValidationMode::Declare)
        checkRequired(f, value, state.errors);
    if (!empty) {
        CheckContext check{*form_, effective_, ctx, reference_};
        checkValue(f, *value, check, state.errors);
    }
}

const FieldState& FormEvaluator::field(const std::string& fieldId) const
{
    auto it = form_->fieldIndex.find(fieldId);
    if (it == form_->fieldIndex.end())
        throw std::invalid_argument("unknown field '" + fieldId + "'");
    return fields_[static_cast<std::size_t>(it->second)];
}

bool FormEvaluator::hasErrors() const
{
    return std::any_of(fields_.begin(), fields_.end(),
                       [](const FieldState& s) { return !s.errors.empty(); });
}

json FormEvaluator::errorsJson() const
{
    json out = json::object();
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        if (fields_[i].errors.empty())
            continue;
        json list = json::array();
        for (const auto& e : fields_[i].errors)
            list.push_back({{"message", e.messageId}, {"params", e.params}, {"rule", e.rule}});
        out[form_->fields[i].id] = std::move(list);
    }
    return out;
}

json FormEvaluator::toJson() const
{
    json pages = json::array();
    for (std::size_t p = 0; p < pages_.size(); ++p) {
        json fields = json::array();
        for (int i : form_->pages[p].fields) {
            const Field& f = form_->fields[static_cast<std::size_t>(i)];
            const FieldState& s = fields_[static_cast<std::size_t>(i)];
            json entry = {{"id", f.id},
                          {"visible", s.visible},
                          {"enabled", s.enabled},
                          {"required", s.required}};
            if (f.type == FieldType::Computed && effective_.contains(f.id))
                entry["value"] = effective_[f.id];
            fields.push_back(std::move(entry));
        }
        pages.push_back(
            {{"id", form_->pages[p].id}, {"visible", pages_[p].visible}, {"fields", fields}});
    }
    json computed = json::object();
    for (const auto& f : form_->fields)
        if (f.type == FieldType::Computed && effective_.contains(f.id))
            computed[f.id] = effective_[f.id];
    json unknown = json::array();
    for (const auto& u : unknown_)
        unknown.push_back(u);
    return {{"form", form_->id},
            {"version", form_->version},
            {"valid", !hasErrors() && unknown_.empty()},
            {"errors", errorsJson()},
            {"computed", computed},
            {"unknownFields", unknown},
            {"pages", pages}};
}

} // namespace vitalis::forms
