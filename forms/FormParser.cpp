// FormParser: JSON text or document -> structural pass (DefinitionReader) -> linking pass
// (FormLinker) -> a validated FormDefinition, or every error found.
#include "forms/FormParser.h"

#include "forms/DefinitionReader.h"
#include "forms/ParserInternal.h"

#include <fstream>
#include <sstream>

namespace vitalis::forms
{

using nlohmann::json;

ParseResult FormParser::parse(const json& document, const std::string& file,
                              const CatalogSet* catalogs)
{
    ParseResult result;
    auto form = std::make_shared<FormDefinition>();
    LinkInfo links;
    DefinitionReader(file, result.errors).read(document, *form, links);
    // Link even after structural errors so one run reports unknown references too.
    if (!form->pages.empty())
        linkDefinition(*form, links, catalogs, result.errors);
    if (result.errors.empty())
        result.form = std::move(form);
    return result;
}

ParseResult FormParser::parseText(std::string_view text, const std::string& file,
                                  const CatalogSet* catalogs)
{
    try {
        return parse(json::parse(text), file, catalogs);
    } catch (const json::exception& e) { // a syntax error, or a number too large for a double
        ParseResult r;
        // nlohmann's message already names line and column.
        r.errors.push_back({file, "", std::string("invalid JSON: ") + e.what()});
        return r;
    }
}

ParseResult FormParser::parseFile(const std::filesystem::path& file, const CatalogSet* catalogs)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        ParseResult r;
        r.errors.push_back({file.string(), "", "cannot open file"});
        return r;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    return parseText(buffer.str(), file.string(), catalogs);
}

} // namespace vitalis::forms
