// What printing a certificate does, for vitalis-cli and the desktop's Print certificate dialog:
// choose the template, compute the fee, queue the print (LocalRecordService) and sign the QR.
#pragma once

#include "app/common/IssuingKey.h"
#include "certificates/templates/CertificateFill.h"
#include "certificates/templates/TemplateBundle.h"
#include "core/Clock.h"
#include "core/store/ProfileStore.h"
#include "forms/FormRegistry.h"
#include "forms/ReferenceData.h"
#include "sync/client/LocalRecordService.h"
#include "sync/protocol/CertificatePrint.h"

#include <filesystem>
#include <map>
#include <optional>
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
    std::int64_t fee = 0; // what the clerk charges (smallest currency unit)
    std::string currency;
};

class CertificatePrinting
{
public:
    // The installed configurations and templates (errors are reported to `errors`).
    static certificates::TemplateBundle loadConfigs(const std::filesystem::path& definitions,
                                                    forms::FormErrors& errors);
    // The configurations the server served at the last sync (CertificateTemplateSync), when
    // the store holds a usable copy.
    static std::optional<certificates::TemplateBundle> cachedConfigs(ProfileStore& store);

    // Prints with the configurations cached in `store` when it has them, else `installed`.
    CertificatePrinting(ProfileStore& store, const Clock& clock,
                        certificates::TemplateBundle installed, const forms::FormRegistry& forms,
                        const forms::ReferenceData* reference);

    const std::map<std::string, certificates::TemplateConfig>& configs() const
    {
        return m_bundle.configs;
    }

    // The record's event configuration. Throws std::runtime_error when there is none.
    const certificates::TemplateConfig& configFor(const Record& r) const;
    // The template and language actually used for `choice`. Throws std::invalid_argument naming
    // an unknown template or language.
    const certificates::CertificateTemplate& templateFor(const Record& r,
                                                         CertificateChoice& choice) const;
    // The fee the laptop charges (certificates::printFee: a reprint or certified copy the copy
    // fee, else by timeliness, event date to registration date): what the server will expect.
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
    certificates::TemplateBundle m_bundle;
    const forms::FormRegistry& m_forms;
    const forms::ReferenceData* m_reference;
};

} // namespace vitalis
