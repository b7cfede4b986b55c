// A certificate check in the words a clerk reads, for both front ends (vitalis-cli verify and
// the desktop's Verify certificate screen): the verdict, the signed fields with their labels,
// and the device's stored revocation list opened with the root key.
#pragma once

#include "certificates/Verifier.h"

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace vitalis
{

class ProfileStore;

QString certificateVerdictText(certificates::Verdict verdict);
// (label, value) of every non-empty signed field, in the order printed on the paper.
QList<QPair<QString, QString>> certificateFields(const certificates::CertificateClaims& claims);
// The list the device's last sync stored, checked against `rootPublicKey`; nullopt when none
// was stored yet. Throws certificates::CertificateError when it does not open.
std::optional<certificates::RevocationList> storedRevocations(ProfileStore& store,
                                                              const certificates::Bytes& root);

} // namespace vitalis
