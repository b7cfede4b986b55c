#include "sync/server/interop/FhirPayloadWriter.h"

#include "core/Uuid.h"
#include "forms/fhir/FhirDocumentWriter.h"

namespace vitalis::server
{

using nlohmann::json;

std::optional<std::string> FhirPayloadWriter::document(const std::string& nativeBody) const
{
    const json native = json::parse(nativeBody, nullptr, false);
    if (!native.is_object() || !native.contains("record"))
        return std::nullopt;
    const std::string event = native["record"].value("event_type", "");
    for (const auto& m : mappings_)
        if (m.event == event) {
            fhir::DocumentSource src{native["record"], native.value("topic", ""),
                                     native.value("occurred_at", std::int64_t{0})};
            return fhir::writeDocument(m, src, [] { return generateUuid(); }).dump();
        }
    return std::nullopt;
}

} // namespace vitalis::server
