// Blocks, matches and scores labelled records with a RuleSet: pair-level confusion counts,
// precision and recall, and the time the matcher takes per pair and per declaration.
#pragma once

#include "SyntheticBirths.h"
#include "dedup/RuleSet.h"

#include <cstdint>
#include <vector>

namespace vitalis::dedup::bench
{

struct Quality {
    std::int64_t truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0;
    std::int64_t pairsCompared = 0;  // candidate pairs the blocking keys produced
    std::int64_t duplicatePairs = 0; // pairs labelled as the same birth
    std::int64_t missedByBlocking = 0;
    // Timing (not reproducible, reported apart from the counts).
    double nsPerPair = 0, usPerDeclarationMean = 0, usPerDeclarationP95 = 0;

    double precision() const;
    double recall() const;
};

// Each record is checked, as at Declare, against the records before it.
Quality measure(const RuleSet& rules, const std::vector<LabelledRecord>& records);

} // namespace vitalis::dedup::bench
