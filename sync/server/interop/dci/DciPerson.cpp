#include "sync/server/interop/dci/DciPerson.h"

namespace vitalis::server::dci
{

using nlohmann::json;

namespace
{

// The first of `ids` the record has, as a scalar; a personName part or an address's location
// when the field is an object. The birth and death forms name the same facts differently.
json firstOf(const json& fields, std::initializer_list<const char*> ids, const char* part = nullptr)
{
    for (const char* id : ids) {
        if (!fields.contains(id))
            continue;
        const json& v = fields[id];
        if (v.is_object()) {
            const char* key = part ? part : "location";
            if (v.contains(key) && (v[key].is_string() || v[key].is_number()))
                return v[key];
            continue;
        }
        if (!part && (v.is_string() || v.is_number()) && !(v.is_string() && v.empty()))
            return v;
    }
    return nullptr;
}

json flatName(const json& fields, const char* part, const char* flat)
{
    json v = firstOf(fields, {"child_name", "deceased_name"}, part);
    return v.is_null() ? firstOf(fields, {flat}) : v;
}

json identifier(const char* type, const json& value)
{
    return {{"identifier_type", type}, {"identifier_value", value}};
}

} // namespace

const std::vector<std::string>& DciPerson::attributeNames()
{
    static const std::vector<std::string> names = {"given_name",
                                                   "second_name",
                                                   "surname",
                                                   "sex",
                                                   "birth_date",
                                                   "birth_place",
                                                   "death_date",
                                                   "national_id",
                                                   "tracking_id",
                                                   "registration_number",
                                                   "parent1_national_id",
                                                   "parent2_national_id",
                                                   "event",
                                                   "status"};
    return names;
}

json DciPerson::attributes(const json& view)
{
    const json& f = view.value("fields", json::object());
    json a = {{"given_name", flatName(f, "first", "child_first")},
              {"second_name", flatName(f, "middle", "child_middle")},
              {"surname", flatName(f, "family", "child_family")},
              {"sex", firstOf(f, {"child_sex", "deceased_sex"})},
              {"birth_date", firstOf(f, {"child_birth_date", "deceased_birth_date", "birth_date"})},
              {"birth_place", firstOf(f, {"birth_facility", "birth_place_address"})},
              {"death_date", firstOf(f, {"death_date"})},
              {"national_id", firstOf(f, {"child_national_id", "deceased_national_id"})},
              {"tracking_id", view.value("tracking_id", json())},
              {"registration_number", view.value("registration_number", json())},
              {"parent1_national_id", firstOf(f, {"mother_national_id"})},
              {"parent2_national_id", firstOf(f, {"father_national_id"})},
              {"event", view.value("event_type", json())},
              {"status", view.value("status", json())}};
    return a;
}

json DciPerson::person(const json& a)
{
    json ids = json::array();
    for (const char* type : {"registration_number", "national_id", "tracking_id"})
        if (!a[type].is_null())
            ids.push_back(identifier(type, a[type]));
    json p = {{"identifier", ids},
              {"name",
               {{"given_name", a["given_name"]},
                {"second_name", a["second_name"]},
                {"surname", a["surname"]}}},
              {"sex", a["sex"]},
              {"birth_date", a["birth_date"]},
              {"birth_place", a["birth_place"]},
              {"death_date", a["death_date"]},
              {"registration_type", a["event"]},
              {"registration_status", a["status"]},
              {"registration_number", a["registration_number"]}};
    if (!a["parent1_national_id"].is_null())
        p["parent1_identifier"] = identifier("national_id", a["parent1_national_id"]);
    if (!a["parent2_national_id"].is_null())
        p["parent2_identifier"] = identifier("national_id", a["parent2_national_id"]);
    return p;
}

} // namespace vitalis::server::dci
