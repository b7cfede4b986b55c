// The choices of a select/radio/address field: its own options, or the entries of its
// reference-data source (facilities, leaf locations). Labels are catalog ids or plain names.
#pragma once

#include "forms/FormModel.h"
#include "forms/ReferenceData.h"

#include <vector>

namespace vitalis::desktop
{

std::vector<forms::OptionItem> fieldOptions(const forms::Field& field,
                                            const forms::ReferenceData* reference);

} // namespace vitalis::desktop
