// Internal: the structural pass of FormParser, reading pages, fields, rules, option sets and ID
// formats and checking every property's name, type and applicability. Not part of the public API.
#pragma once

#include "forms/FormError.h"
#include "forms/FormModel.h"
#include "forms/ParserInternal.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace vitalis::forms
{

// Property names and checks shared by DefinitionReader.cpp and FieldReader.cpp.
extern const std::vector<std::string> kFormKeys, kPageKeys, kCommonFieldKeys, kRuleKeys, kNameParts;
bool validId(const std::string& id);
std::vector<std::string> typeKeys(FieldType type);
bool ruleApplies(RuleType rule, FieldType type);
std::string quoteList(const std::vector<std::string>& values);

class DefinitionReader
{
    using json = nlohmann::json;

public:
    DefinitionReader(const std::string& file, FormErrors& errors) : file_(file), errors_(errors) {}
    void read(const json& doc, FormDefinition& form, LinkInfo& links);

private:
    void error(std::string path, std::string message);
    void checkKeys(const json& obj, const std::string& path,
                   const std::vector<std::string>& allowed, const std::string& what,
                   const std::vector<std::string>& elsewhere = {});
    std::string requireString(const json& obj, const std::string& path, const std::string& key);
    std::string message(const json& obj, const std::string& path, const std::string& key,
                        bool required);
    void useMessage(const std::string& id, const std::string& path);
    Logic logic(const json& expr, const std::string& path, std::vector<LogicVar>& refs);
    // show / enable / required: true, false or a rule object, never a string or number literal.
    Logic condition(const json& expr, const std::string& path, std::vector<LogicVar>& refs);
    std::vector<OptionItem> readOptions(const json& arr, const std::string& path);
    void readOptionSets(const json& doc);
    void readMessages(const json& doc);
    void readIdFormats(const json& doc);
    void readPage(const json& page, const std::string& path, std::set<std::string>& pageIds);
    void readField(const json& f, const std::string& path, int pageIndex);
    static bool allowedKey(const std::vector<std::string>& allowed, const char* key);
    void readTypeSpecific(const json& f, const std::string& path, Field& field,
                          std::vector<LogicVar>& valueRefs, std::vector<LogicVar>& stateRefs);
    // The parts readTypeSpecific hands on, one per kind of field.
    std::optional<double> numberIn(const json& f, const std::string& path, const char* key,
                                   double lo, double hi);
    void readChoice(const json& f, const std::string& path, Field& field,
                    std::vector<LogicVar>& stateRefs);
    void readIdFormat(const json& f, const std::string& path, Field& field);
    std::vector<std::string> readNameParts(const json& f, const std::string& path, const char* key,
                                           std::vector<std::string> fallback);
    void readAttachment(const json& f, const std::string& path, Field& field);
    void readOptionsFrom(const json& f, const std::string& path, Field& field,
                         std::vector<LogicVar>& stateRefs);
    void readRule(const json& r, const std::string& path, Field& field,
                  std::vector<LogicVar>& stateRefs);
    const std::string& file_;
    FormErrors& errors_;
    FormDefinition* form_ = nullptr;
    LinkInfo* links_ = nullptr;
    std::map<std::string, std::vector<OptionItem>> optionSets_;
};

} // namespace vitalis::forms
