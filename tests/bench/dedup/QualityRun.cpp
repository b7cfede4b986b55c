#include "QualityRun.h"

#include "dedup/BlockingKeys.h"
#include "dedup/Matcher.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <unordered_map>

namespace vitalis::dedup::bench
{

double Quality::precision() const
{
    const auto flagged = truePositives + falsePositives;
    return flagged ? static_cast<double>(truePositives) / static_cast<double>(flagged) : 1.0;
}

double Quality::recall() const
{
    return duplicatePairs ? static_cast<double>(truePositives) / static_cast<double>(duplicatePairs)
                          : 1.0;
}

Quality measure(const RuleSet& rules, const std::vector<LabelledRecord>& records)
{
    using Clock = std::chrono::steady_clock;
    Matcher matcher(rules);
    Quality q;
    std::map<int, std::int64_t> perEntity;
    for (const auto& r : records)
        ++perEntity[r.entity];
    for (const auto& [entity, n] : perEntity)
        q.duplicatePairs += n * (n - 1) / 2;

    std::unordered_map<std::string, std::vector<int>> index;
    std::vector<PreparedRecord> prepared;
    prepared.reserve(records.size());
    std::vector<double> declarationUs;
    declarationUs.reserve(records.size());
    Clock::duration pairTime{};
    std::vector<int> candidates;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const auto t0 = Clock::now();
        const auto keys = blockingKeys(rules, records[i].fields);
        prepared.push_back(matcher.prepare(records[i].fields));
        candidates.clear();
        for (const auto& k : keys) {
            auto it = index.find(k);
            if (it != index.end())
                candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        const auto t1 = Clock::now();
        for (int j : candidates) {
            const bool flagged =
                matcher.score(prepared[i], prepared[static_cast<std::size_t>(j)]) >=
                rules.threshold;
            const bool same = records[i].entity == records[static_cast<std::size_t>(j)].entity;
            ++q.pairsCompared;
            (flagged ? (same ? q.truePositives : q.falsePositives)
                     : (same ? q.falseNegatives : q.trueNegatives))++;
        }
        const auto t2 = Clock::now();
        pairTime += t2 - t1;
        declarationUs.push_back(std::chrono::duration<double, std::micro>(t2 - t0).count());
        for (const auto& k : keys)
            index[k].push_back(static_cast<int>(i));
    }
    // Duplicate pairs never compared were lost by blocking: they count as missed.
    const std::int64_t comparedDuplicates = q.truePositives + q.falseNegatives;
    q.missedByBlocking = q.duplicatePairs - comparedDuplicates;
    q.falseNegatives += q.missedByBlocking;
    if (q.pairsCompared)
        q.nsPerPair = std::chrono::duration<double, std::nano>(pairTime).count() /
                      static_cast<double>(q.pairsCompared);
    if (!declarationUs.empty()) {
        double sum = 0;
        for (double d : declarationUs)
            sum += d;
        q.usPerDeclarationMean = sum / static_cast<double>(declarationUs.size());
        std::sort(declarationUs.begin(), declarationUs.end());
        q.usPerDeclarationP95 = declarationUs[declarationUs.size() * 95 / 100];
    }
    return q;
}

} // namespace vitalis::dedup::bench
