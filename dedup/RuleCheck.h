// What a rule file's author needs told before shipping it: fields the event's form does not
// have or of the wrong kind, weights and thresholds that can never flag, rules that never match.
#pragma once

#include "dedup/RuleSet.h"
#include "forms/FormModel.h"

namespace vitalis::dedup
{

// Errors in the shape of the forms' check ("file: /json/path: message"); empty = fine.
// form may be null: then fields are not checked, the rest is.
forms::FormErrors checkRuleSet(const RuleSet& rules, const forms::FormDefinition* form);

} // namespace vitalis::dedup
