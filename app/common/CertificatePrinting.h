// What printing a certificate does, for vitalis-cli and the desktop's Print certificate dialog:
// choose the template, compute the fee, queue the print (LocalRecordService) and sign the QR.
#pragma once

#include "app/common/IssuingKey.h"
#include "certificates/templates/CertificateFill.h"
#include "certificates/templates/TemplateConfig.h"
#include "core/Clock.h"
#include "core/store/ProfileStore.h"
#include "forms/FormRegistry.h"
#include "forms/ReferenceData.h"
#include "sync/client/LocalRecordService.h"
#include "sync/protocol/CertificatePrint.h"

#include <filesystem>
#include <map>
#include <string>

namespace vitalis
{

// What the clerk chose; the template and language must exist for the record's event.
struct CertificateChoice {
    std::string templateId; // "" = the configuration's choice for the record
    std::string language;   // "" = the configuration's first language
    protocol::Collector collector;
    std::string receiptNumber;
    std::string reason; // a reprint's or certified copy's reason
};

// A filled page ready for CertificateRenderer, and what was queued.
struct PreparedCertificate {
    std::string svg; // the template, filled
    std::string qr;  // the signed QR text; "" for a draft
    std::string templateId, language, templateLabel;
    std::int64_t copyNumber = 1;
};

class CertificatePrinting
{
public:
    // The shipped/cached configurations (errors are reported to `errors`).
    static std::map<std::string, certificates::TemplateConfig>
    loadConfigs(const std::filesystem::path& definitions, forms::FormErrors& errors);

    CertificatePrinting(ProfileStore& store, const Clock& clock,
                        std::map<std::string, certificates::TemplateConfig> configs,
                        const forms::FormRegistry& forms, const forms::ReferenceData* reference);

    // The record's event configuration. Throws std::runtime_error when there is none.
    const certificates::TemplateConfig& configFor(const Record& r) const;
    // The template and language actually used for `choice`. Throws std::invalid_argument naming
    // an unknown template or language.
    const certificates::CertificateTemplate& templateFor(const Record& r,
                                                         CertificateChoice& choice) const;
    // The fee the laptop charges (timeliness: event date to registration date).
    std::int64_t fee(const Record& r, const certificates::CertificateTemplate& t) const;
    // A DRAFT preview: nothing is queued, no QR.
    PreparedCertificate preview(const Record& r, CertificateChoice choice) const;
    // Checks the issuing key first (an expired key refuses before anything is queued), then
    // queues the print through LocalRecordService and signs the QR.
    PreparedCertificate print(const Actor& actor, const Record& r, CertificateChoice choice,
                              IssuingKey& key) const;

private:
    std::string registrationDate(const Record& r) const;
    certificates::PrintFacts facts(const Record& r, const certificates::CertificateTemplate& t,
                                   const std::string& lang) const;
    std::string fill(const Record& r, const certificates::CertificateTemplate& t,
                     const std::string& lang, const certificates::PrintFacts& facts) const;

    ProfileStore& m_store;
    const Clock& m_clock;
    std::map<std::string, certificates::TemplateConfig> m_configs;
    const forms::FormRegistry& m_forms;
    const forms::ReferenceData* m_reference;
};

} // namespace vitalis
