// A record in the DCI CRVS person shape (identifiers, name, sex, birth date and place, parents'
// identifiers, death date, registration number and status), built from what the client may
// see (clientRecordView), and the flat attributes a DCI predicate is evaluated on. Qt-free.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::server::dci
{

class DciPerson
{
public:
    // `view`: clientRecordView's JSON (fields already limited to the client's allowed fields),
    // so a predicate can never test a field the client may not read.
    static nlohmann::json attributes(const nlohmann::json& view);
    static nlohmann::json person(const nlohmann::json& attributes);
    // The attribute names a predicate may use (docs/api.md lists them).
    static const std::vector<std::string>& attributeNames();
};

} // namespace vitalis::server::dci
