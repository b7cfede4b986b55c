// The FHIR mappings (vitalis_fhir): the shipped ones suit the shipped forms, broken ones are
// refused naming the JSON path, the path language reads and writes as documented, and a
// record written as a document Bundle reads back as the same field values.
#include "forms/FormRegistry.h"
#include "forms/fhir/FhirBundleReader.h"
#include "forms/fhir/FhirDocumentWriter.h"
#include "forms/fhir/FhirMappingCheck.h"

#include <gtest/gtest.h>

using nlohmann::json;
using namespace vitalis;

namespace
{

const std::string kDefinitions = VITALIS_SOURCE_DIR "/forms/definitions";

std::vector<fhir::Mapping> shipped()
{
    std::vector<std::string> errors;
    auto m = fhir::loadMappingDirectory(kDefinitions + "/fhir", errors);
    EXPECT_TRUE(errors.empty()) << errors.front();
    return m;
}

TEST(FhirMapping, TheShippedMappingsSuitTheShippedForms)
{
    forms::FormRegistry forms;
    EXPECT_TRUE(forms.loadDirectory(kDefinitions).empty());
    const auto mappings = shipped();
    ASSERT_EQ(mappings.size(), 2u);
    for (const auto& m : mappings) {
        const auto form = forms.latest(m.form);
        ASSERT_TRUE(form) << m.form;
        const auto errors = fhir::checkMapping(m, *form);
        EXPECT_TRUE(errors.empty()) << errors.front();
    }
}

TEST(FhirMapping, ABrokenMappingIsRefusedNamingTheJsonPath)
{
    const json doc = json::parse(R"({
        "form": "birth", "event": "birth", "subject": "child", "systems": {},
        "resources": {"child": {"select": [{"resourceType": "Patient", "role": "parent"}]}},
        "fields": [
            {"field": "child_name", "from": "child", "path": "name", "as": "fullName"},
            {"field": "child_sex", "from": "kid", "path": "gender", "as": "code"},
            {"field": "child_birth_date", "from": "child", "path": "birth date", "as": "date"},
            {"field": "mother_national_id", "from": "child", "path": "identifier",
             "as": "identifier", "system": "nin"},
            {"field": "weight_at_birth", "from": "child", "path": "x", "as": "quantity", "colour": 1}
        ]})");
    std::vector<std::string> errors;
    EXPECT_FALSE(fhir::parseMapping(doc, "m.json", errors));
    std::string all;
    for (const auto& e : errors)
        all += e + "\n";
    for (const char* expected :
         {"m.json: /resources/child/select/0/role: must be subject or other",
          "m.json: /fields/0/as: unknown kind 'fullName'",
          "m.json: /fields/1/from: names no resource of /resources: 'kid'",
          "m.json: /fields/2/path: 'birth date' is not a path",
          "m.json: /fields/3/system: names no entry of /systems: 'nin'",
          "m.json: /fields/4/colour: unknown member", "m.json: /fields/4/units: required"})
        EXPECT_NE(all.find(expected), std::string::npos) << expected << "\n" << all;
}

TEST(FhirMapping, ACheckAgainstTheFormNamesUnknownFieldsWrongKindsAndOptions)
{
    forms::FormRegistry forms;
    forms.loadDirectory(kDefinitions);
    const json doc = json::parse(R"({
        "form": "birth", "event": "birth", "subject": "child",
        "resources": {"child": {"select": [{"resourceType": "Patient"}]}},
        "fields": [
            {"field": "child_nickname", "from": "child", "path": "name", "as": "humanName"},
            {"field": "child_birth_date", "from": "child", "path": "gender", "as": "code"},
            {"field": "child_sex", "from": "child", "path": "gender", "as": "code",
             "values": {"male": "boy"}},
            {"field": "mother_age_at_birth", "from": "child", "path": "x", "as": "string"}
        ]})");
    std::vector<std::string> errors;
    const auto m = fhir::parseMapping(doc, "m.json", errors);
    ASSERT_TRUE(m) << errors.front();
    errors = fhir::checkMapping(*m, *forms.latest("birth"));
    ASSERT_EQ(errors.size(), 4u);
    EXPECT_EQ(errors[0], "m.json: /fields/0/field: form 'birth' has no field 'child_nickname'");
    EXPECT_EQ(errors[1],
              "m.json: /fields/1/as: \"code\" cannot fill 'child_birth_date', a date field");
    EXPECT_EQ(errors[2], "m.json: /fields/2/values/male: 'boy' is not an option of 'child_sex'");
    EXPECT_NE(errors[3].find("/fields/3/field: 'mother_age_at_birth' holds no data"),
              std::string::npos);
}

TEST(FhirPath, SelectsLikeFhirPathAndWritesWhatItReads)
{
    const json r = json::parse(R"({"code": {"coding": [{"code": "a"}, {"code": "8339-4"}]},
                                   "name": [{"given": ["Ada", "B"]}]})");
    const auto path = [](const char* t) { return *fhir::parsePath(t, nullptr); };
    EXPECT_TRUE(fhir::anyEquals(r, path("code.coding.code"), "8339-4"));
    EXPECT_FALSE(fhir::anyEquals(r, path("code.coding[0].code"), "8339-4"));
    const auto hits = fhir::select(r, path("name.given"));
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(hits[1].where, "name[0].given[1]");
    std::string error;
    EXPECT_FALSE(fhir::parsePath("name.where(use='official')", &error));
    EXPECT_FALSE(error.empty());
    json w = json::object();
    fhir::ensure(w, path("code.coding[0].code"), false) = "x";
    EXPECT_EQ(w, json::parse(R"({"code": {"coding": [{"code": "x"}]}})"));
}

TEST(FhirDocument, ARecordWrittenAsADocumentReadsBackAsTheSameFields)
{
    const auto mappings = shipped();
    const json fields = json::parse(R"({
        "child_name": {"first": "Ada", "middle": "Ngozi", "family": "Eze"},
        "child_sex": "female", "child_birth_date": "2026-11-30",
        "place_of_birth_type": "health_facility", "birth_facility": "HF-ALD-1",
        "weight_at_birth": 3.25, "gestation_weeks": 38,
        "mother_name": {"first": "Chi", "family": "Eze"}, "mother_birth_date": "1995-01-02",
        "mother_id_type": "national_id", "mother_national_id": "1234567897",
        "father_details_available": "yes", "father_name": {"first": "Obi", "family": "Eze"}})");
    const json record = {{"id", "r-1"},
                         {"event_type", "birth"},
                         {"status", "registered"},
                         {"tracking_id", "B7K3M9XQ4P"},
                         {"fields", fields}};
    int n = 0;
    const auto uuid = [&n] {
        return "00000000-0000-4000-8000-" + std::string(11, '0') + std::to_string(++n % 10);
    };
    const fhir::Mapping& birth = mappings[0];
    json doc = fhir::writeDocument(birth, {record, "birth.registered", 1796428800000}, uuid);
    EXPECT_EQ(doc["type"], "document");
    EXPECT_EQ(doc["timestamp"], "2026-12-05T00:00:00Z");
    EXPECT_EQ(doc["entry"][0]["resource"]["status"], "final");
    EXPECT_TRUE(fhir::FhirBundleReader::checkShape(doc).empty());
    fhir::Issue none;
    const fhir::FhirBundleReader reader(mappings);
    ASSERT_EQ(reader.mappingFor(doc, none), &birth);
    const fhir::InboundBundle in = fhir::FhirBundleReader::read(birth, doc);
    EXPECT_TRUE(in.issues.empty()) << in.issues.front().diagnostics;
    EXPECT_EQ(in.fields, fields);
    EXPECT_EQ(in.facility, "HF-ALD-1");

    // Without the mother's fields (not allowed to the client), no RelatedPerson goes out.
    json partial = record;
    for (const char* f : {"mother_name", "mother_birth_date", "mother_id_type",
                          "mother_national_id", "father_details_available", "father_name"})
        partial["fields"].erase(f);
    doc = fhir::writeDocument(birth, {partial, "birth.registered", 0}, uuid);
    EXPECT_EQ(doc.dump().find("RelatedPerson"), std::string::npos) << doc;
}

// A mother sent as a Patient (not a RelatedPerson): the child is the Encounter's subject, the
// mother the other, female Patient; a death Bundle picks the death mapping by its `when`.
TEST(FhirBundleReader, ReadsAMotherGivenAsAPatientAndTellsADeathFromABirth)
{
    const auto mappings = shipped();
    const fhir::FhirBundleReader reader(mappings);
    const json birth = json::parse(R"({"resourceType": "Bundle", "type": "transaction",
        "identifier": {"value": "T-1"},
        "entry": [
          {"fullUrl": "urn:uuid:m", "request": {"method": "POST"},
           "resource": {"resourceType": "Patient", "gender": "female", "birthDate": "1990-01-01",
                        "name": [{"given": ["Efua"], "family": "Asante"}]}},
          {"fullUrl": "urn:uuid:e", "request": {"method": "POST"},
           "resource": {"resourceType": "Encounter", "subject": {"reference": "urn:uuid:c"}}},
          {"fullUrl": "urn:uuid:c", "request": {"method": "POST"},
           "resource": {"resourceType": "Patient", "gender": "male", "birthDate": "2026-12-01",
                        "name": [{"given": ["Kojo"], "family": "Asante"}]}}]})");
    fhir::Issue none;
    const fhir::Mapping* m = reader.mappingFor(birth, none);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->event, "birth");
    const auto in = fhir::FhirBundleReader::read(*m, birth);
    EXPECT_TRUE(in.issues.empty());
    EXPECT_EQ(in.transactionId, "T-1");
    EXPECT_EQ(in.fields["child_name"]["first"], "Kojo");
    EXPECT_EQ(in.fields["mother_name"]["first"], "Efua");
    EXPECT_EQ(in.fields["mother_birth_date"], "1990-01-01");
    EXPECT_EQ(in.fieldExpressions.at("mother_birth_date"), "Bundle.entry[0].resource.birthDate");
    EXPECT_FALSE(in.fields.contains("father_name")) << "no male Patient besides the child";

    json death = birth;
    death["entry"][2]["resource"]["deceasedDateTime"] = "2026-12-02T10:00:00+01:00";
    m = reader.mappingFor(death, none);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->event, "death");
    const auto d = fhir::FhirBundleReader::read(*m, death);
    EXPECT_EQ(d.fields["death_date"], "2026-12-02");
    EXPECT_EQ(d.fields["deceased_name"]["first"], "Kojo");
}

TEST(FhirBundleReader, NamesTheFhirPathOfEveryProblem)
{
    const auto mappings = shipped();
    const json bad = json::parse(R"({"resourceType": "Bundle", "type": "transaction",
        "identifier": {"system": "urn:s", "value": "T-2"},
        "entry": [{"request": {"method": "POST"},
                   "resource": {"resourceType": "Patient", "gender": 3, "birthDate": "2026",
                                "name": [{"text": "no parts"}]}},
                  {"request": {"method": "POST"},
                   "resource": {"resourceType": "Observation",
                                "code": {"coding": [{"code": "11884-4"}]},
                                "valueQuantity": {"value": 40, "code": "mo"}}}]})");
    EXPECT_TRUE(fhir::FhirBundleReader::checkShape(bad).empty());
    const auto in = fhir::FhirBundleReader::read(mappings[0], bad);
    EXPECT_EQ(in.transactionId, "urn:s|T-2");
    std::map<std::string, std::string> byPath;
    for (const auto& i : in.issues)
        byPath[i.expression] = i.code;
    EXPECT_EQ(byPath["Bundle.entry[0].resource.name[0]"], "value");
    EXPECT_EQ(byPath["Bundle.entry[0].resource.gender"], "value");
    EXPECT_EQ(byPath["Bundle.entry[0].resource.birthDate"], "value");
    EXPECT_EQ(byPath["Bundle.entry[1].resource.valueQuantity.code"], "code-invalid");
    EXPECT_EQ(in.issues.size(), 4u);

    const auto shape = fhir::FhirBundleReader::checkShape(json::parse(
        R"({"resourceType": "Bundle", "type": "transaction", "identifier": {"value": "x"},
            "entry": [{"resource": {"resourceType": "Patient"}}, {"fullUrl": "urn:uuid:1"}]})"));
    ASSERT_EQ(shape.size(), 2u);
    EXPECT_EQ(shape[0].expression, "Bundle.entry[0].request.method");
    EXPECT_EQ(shape[1].expression, "Bundle.entry[1].resource");
    const auto document = fhir::FhirBundleReader::checkShape(json::parse(
        R"({"resourceType": "Bundle", "type": "document", "identifier": {"value": "x"},
            "entry": [{"resource": {"resourceType": "Patient"}}]})"));
    ASSERT_EQ(document.size(), 1u);
    EXPECT_EQ(document[0].expression, "Bundle.entry[0].resource.resourceType");
}

} // namespace
