// The validated, immutable model of one form definition version (pages, fields, rules,
// compiled conditions and the dependency graph). Built only by FormParser.
#pragma once

#include "forms/Checksum.h"
#include "forms/DateMath.h"
#include "forms/JsonLogic.h"
#include "forms/MessageCatalog.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <unordered_map>
#include <vector>

namespace vitalis::forms
{

enum class FieldType {
    Text,
    LongText,
    Number,
    Date,
    Time,
    Select,
    Radio,
    Checkbox,
    Phone,
    Email,
    NationalId,
    PersonName,
    Address,
    Attachment,
    Heading,
    Paragraph,
    Computed,
};

enum class RuleType {
    Length,
    Pattern,
    Range,
    NotInFuture,
    DateWithin,
    Checksum,
    Phone,
    Email,
    Logic
};

struct OptionItem {
    std::string value;
    std::string label; // message id
};

// Options looked up at run time (e.g. the location hierarchy) through ReferenceData.
struct OptionsSource {
    std::string source;      // e.g. "locations"
    std::string parentField; // restrict to children of this field's value ("" = any)
    int parentIndex = -1;
    bool leafOnly = false;
};

// A country's national ID scheme: shape plus check digit.
struct IdFormat {
    std::string id;
    std::string pattern;
    std::shared_ptr<const std::regex> regex;
    ChecksumAlgorithm checksum = ChecksumAlgorithm::None;
    std::string message; // message id when the ID is malformed
};

struct Rule {
    RuleType type = RuleType::Length;
    std::string path;    // JSON pointer of the rule in the definition
    std::string message; // message id
    std::optional<double> min, max;
    std::string pattern;
    std::shared_ptr<const std::regex> regex;
    ChecksumAlgorithm checksum = ChecksumAlgorithm::None;
    std::string of; // DateWithin: other field id, or "$today"
    int ofIndex = -1;
    DateUnit unit = DateUnit::Days;
    forms::Logic condition; // Logic: must be truthy for the value to be valid
};

struct Field {
    std::string id;
    FieldType type = FieldType::Text;
    std::string path; // JSON pointer of the field in the definition
    int page = -1;
    std::string label, help, text, placeholder; // message ids
    std::string unit;                           // Number: display unit, e.g. "kg"
    bool required = false;
    std::string requiredMessage; // message id ("validation.required" unless overridden)
    Logic requiredIf, show, enable, value;
    std::vector<OptionItem> options;
    std::optional<OptionsSource> optionsFrom;
    bool allowAge = false;                      // Date: "exact date unknown" -> {"age": N}
    std::optional<double> maxAge;               // Date with allowAge
    int idFormat = -1;                          // NationalId
    std::vector<std::string> nameParts;         // PersonName: parts offered
    std::vector<std::string> requiredNameParts; // PersonName: parts needed when required
    std::vector<OptionItem> documentTypes;      // Attachment
    std::vector<std::string> acceptedTypes;     // Attachment: media types
    std::int64_t maxSize = 0;                   // Attachment: bytes per file (0 = no limit)
    int maxFiles = 0;                           // Attachment (0 = no limit)
    std::size_t maxLength = 0;                  // Text types: hard cap (built in, per type)
    std::vector<Rule> rules;

    // Dependency graph (indices into FormDefinition::fields / pages), built at load.
    std::vector<int> stateDependents; // fields whose enable/required/rules read this field
    std::vector<int> showReads;       // fields its own `show` reads (to say what hides it)
    int node = -1;                    // this field's node in FormDefinition::nodes

    bool holdsValue() const { return type != FieldType::Heading && type != FieldType::Paragraph; }
    bool isDataEntry() const { return holdsValue() && type != FieldType::Computed; }
};

struct Page {
    std::string id;
    std::string path;
    std::string title; // message id
    Logic show;
    std::vector<int> fields;
    std::vector<int> showReads; // fields its `show` reads
    int node = -1;
};

// A node of the value graph: a page's visibility or a field's effective value (visibility +
// computed value). Edges point from what a node reads to the node.
struct GraphNode {
    int page = -1; // exactly one of page/field is set
    int field = -1;
    std::vector<int> dependents; // nodes to re-evaluate when this one changes
    int order = 0;               // topological position
};

struct FormDefinition {
    std::string file;
    std::string id;
    std::string event;
    int version = 0;
    std::string defaultLanguage;
    std::string title; // message id
    // The definition's own catalogs ("messages": language -> catalog), for forms a deployment
    // adds by configuration: they travel with the definition to every device.
    CatalogSet messages;
    std::vector<Page> pages;
    std::vector<Field> fields;
    std::vector<IdFormat> idFormats;
    std::vector<GraphNode> nodes;
    std::vector<int> topoOrder; // node indices, dependencies first
    std::unordered_map<std::string, int> fieldIndex;
    struct MessageUse {
        std::string id;
        std::string path;
    };
    std::vector<MessageUse> messageUses; // every message id the definition uses, where

    const Field* field(const std::string& fieldId) const
    {
        auto it = fieldIndex.find(fieldId);
        return it == fieldIndex.end() ? nullptr : &fields[static_cast<std::size_t>(it->second)];
    }
    int dataEntryFieldCount() const
    {
        int n = 0;
        for (const auto& f : fields)
            n += f.isDataEntry() ? 1 : 0;
        return n;
    }
};

const std::vector<std::string>& fieldTypeNames();
std::optional<FieldType> fieldTypeFromName(std::string_view name);
std::string_view toString(FieldType type);
const std::vector<std::string>& ruleTypeNames();
std::optional<RuleType> ruleTypeFromName(std::string_view name);
std::string_view toString(RuleType type);

} // namespace vitalis::forms
