// Linking pass: every reference names a real field, the value graph (visibility and computed
// values) is acyclic and topologically ordered, and every message id exists in the default
// language.
#include "forms/MessageCatalog.h"
#include "forms/ParserInternal.h"
#include "forms/Suggest.h"

#include <algorithm>
#include <cstdint>
#include <functional>

namespace vitalis::forms
{

namespace
{

std::vector<std::string> fieldIds(const FormDefinition& form)
{
    std::vector<std::string> ids;
    for (const auto& f : form.fields)
        if (f.holdsValue())
            ids.push_back(f.id);
    return ids;
}

// Returns the field index a reference resolves to, or -1 after reporting why it does not.
int resolve(const FormDefinition& form, const LogicVar& ref, const std::string& what,
            FormErrors& errors)
{
    auto it = form.fieldIndex.find(ref.name);
    if (it == form.fieldIndex.end()) {
        errors.push_back({form.file, ref.path,
                          what + " refers to unknown field '" + ref.name + "'" +
                              didYouMean(ref.name, fieldIds(form))});
        return -1;
    }
    const Field& f = form.fields[static_cast<std::size_t>(it->second)];
    if (!f.holdsValue()) {
        errors.push_back({form.file, ref.path,
                          what + " refers to '" + ref.name + "', a display-only " +
                              std::string(toString(f.type)) + " without a value"});
        return -1;
    }
    return it->second;
}

std::string describe(const FormDefinition& form, int node)
{
    const GraphNode& n = form.nodes[static_cast<std::size_t>(node)];
    if (n.field >= 0)
        return "'" + form.fields[static_cast<std::size_t>(n.field)].id + "'";
    return "page '" + form.pages[static_cast<std::size_t>(n.page)].id + "'";
}

void addEdge(FormDefinition& form, int from, int to)
{
    auto& deps = form.nodes[static_cast<std::size_t>(from)].dependents;
    if (std::find(deps.begin(), deps.end(), to) == deps.end())
        deps.push_back(to);
}

void buildGraph(FormDefinition& form, const LinkInfo& links, FormErrors& errors)
{
    const int fieldCount = static_cast<int>(form.fields.size());
    form.nodes.assign(form.fields.size() + form.pages.size(), GraphNode{});
    for (int i = 0; i < fieldCount; ++i) {
        form.fields[static_cast<std::size_t>(i)].node = i;
        form.nodes[static_cast<std::size_t>(i)].field = i;
    }
    for (std::size_t p = 0; p < form.pages.size(); ++p) {
        int node = fieldCount + static_cast<int>(p);
        form.pages[p].node = node;
        form.nodes[static_cast<std::size_t>(node)].page = static_cast<int>(p);
        for (int f : form.pages[p].fields)
            addEdge(form, node, f);
        for (const auto& ref : links.pageRefs[p]) {
            int src = resolve(form, ref, "page condition", errors);
            if (src >= 0) {
                addEdge(form, src, node);
                form.pages[p].showReads.push_back(src);
            }
        }
    }
    for (int i = 0; i < fieldCount; ++i) {
        Field& f = form.fields[static_cast<std::size_t>(i)];
        for (const auto& ref : links.fieldValueRefs[static_cast<std::size_t>(i)]) {
            bool isValue = ref.path.find("/value") != std::string::npos &&
                           ref.path.rfind(f.path + "/value", 0) == 0;
            int src = resolve(form, ref, isValue ? "computed value" : "condition", errors);
            if (src >= 0)
                addEdge(form, src, i);
            if (src >= 0 && ref.path.rfind(f.path + "/show", 0) == 0)
                f.showReads.push_back(src);
        }
        for (const auto& ref : links.fieldStateRefs[static_cast<std::size_t>(i)]) {
            int src = resolve(form, ref, "condition", errors);
            if (src < 0)
                continue;
            auto& deps = form.fields[static_cast<std::size_t>(src)].stateDependents;
            if (src != i && std::find(deps.begin(), deps.end(), i) == deps.end())
                deps.push_back(i);
            if (f.optionsFrom && f.optionsFrom->parentField == ref.name)
                f.optionsFrom->parentIndex = src;
            for (auto& rule : f.rules)
                if (rule.type == RuleType::DateWithin && rule.of == ref.name)
                    rule.ofIndex = src;
        }
    }
}

// Kahn's algorithm; on a cycle, walks it to print the loop the designer has to break.
void orderGraph(FormDefinition& form, FormErrors& errors)
{
    const std::size_t n = form.nodes.size();
    std::vector<int> indegree(n, 0);
    for (const auto& node : form.nodes)
        for (int d : node.dependents)
            ++indegree[static_cast<std::size_t>(d)];
    std::vector<int> ready;
    for (std::size_t i = 0; i < n; ++i)
        if (indegree[i] == 0)
            ready.push_back(static_cast<int>(i));
    form.topoOrder.clear();
    for (std::size_t k = 0; k < ready.size(); ++k) {
        int cur = ready[k];
        form.nodes[static_cast<std::size_t>(cur)].order = static_cast<int>(form.topoOrder.size());
        form.topoOrder.push_back(cur);
        for (int d : form.nodes[static_cast<std::size_t>(cur)].dependents)
            if (--indegree[static_cast<std::size_t>(d)] == 0)
                ready.push_back(d);
    }
    if (form.topoOrder.size() == n)
        return;
    // Every remaining node has an incoming edge from another remaining node: walk them backwards.
    std::vector<std::vector<int>> incoming(n);
    for (std::size_t i = 0; i < n; ++i)
        for (int d : form.nodes[i].dependents)
            if (indegree[static_cast<std::size_t>(d)] > 0 && indegree[i] > 0)
                incoming[static_cast<std::size_t>(d)].push_back(static_cast<int>(i));
    int start = -1;
    for (std::size_t i = 0; i < n && start < 0; ++i)
        if (indegree[i] > 0)
            start = static_cast<int>(i);
    std::vector<int> seenAt(n, -1), walk;
    int cur = start;
    while (seenAt[static_cast<std::size_t>(cur)] < 0) {
        seenAt[static_cast<std::size_t>(cur)] = static_cast<int>(walk.size());
        walk.push_back(cur);
        cur = incoming[static_cast<std::size_t>(cur)].front();
    }
    // walk[i] reads walk[i + 1]: the cycle already runs in "depends on" order.
    std::vector<int> cycle(walk.begin() + seenAt[static_cast<std::size_t>(cur)], walk.end());
    // Start at the field defined first, so the error path is stable and points at something
    // editable.
    auto rank = [&](int c) {
        int f = form.nodes[static_cast<std::size_t>(c)].field;
        return f < 0 ? INT32_MAX : f;
    };
    auto first = std::min_element(cycle.begin(), cycle.end(),
                                  [&](int a, int b) { return rank(a) < rank(b); });
    std::rotate(cycle.begin(), first, cycle.end());
    std::string text;
    for (int c : cycle)
        text += describe(form, c) + " -> ";
    text += describe(form, cycle.front());
    const GraphNode& head = form.nodes[static_cast<std::size_t>(cycle.front())];
    std::string path = head.field >= 0 ? form.fields[static_cast<std::size_t>(head.field)].path
                                       : form.pages[static_cast<std::size_t>(head.page)].path;
    errors.push_back(
        {form.file, path,
         "cycle among computed values and conditions: " + text + " (each depends on the next)"});
}

void checkMessages(FormDefinition& form, const CatalogSet& catalogs, FormErrors& errors)
{
    const MessageCatalog* catalog = catalogs.find(form.defaultLanguage);
    if (!catalog) {
        errors.push_back(
            {form.file, "/defaultLanguage",
             "no message catalog for the default language '" + form.defaultLanguage + "'"});
        return;
    }
    std::vector<std::string> known;
    for (const auto& [id, text] : catalog->messages())
        known.push_back(id);
    for (const auto& use : form.messageUses)
        if (!catalog->has(use.id))
            errors.push_back({form.file, use.path,
                              "message id '" + use.id +
                                  "' is missing from the default language catalog (" +
                                  form.defaultLanguage + ")" + didYouMean(use.id, known)});
}

} // namespace

void linkDefinition(FormDefinition& form, const LinkInfo& links, const CatalogSet* catalogs,
                    FormErrors& errors)
{
    // Rules' default messages are used too: note them so catalogs are checked for them.
    for (const auto& f : form.fields) {
        if (f.isDataEntry() && f.type != FieldType::Checkbox)
            form.messageUses.push_back({f.requiredMessage, f.path + "/required"});
        for (const auto& r : f.rules)
            form.messageUses.push_back({r.message, r.path + "/message"});
    }
    std::size_t before = errors.size();
    buildGraph(form, links, errors);
    if (errors.size() == before)
        orderGraph(form, errors);
    if (catalogs) {
        CatalogSet all = *catalogs;
        all.merge(form.messages);
        checkMessages(form, all, errors);
    }
}

} // namespace vitalis::forms
