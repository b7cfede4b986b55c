// dedup-quality: precision and recall of a birth rule set on seeded synthetic declarations.
//   dedup-quality [--seed N] [--records N] [--duplicates F] [--rules FILE] [--no-timing]
// The training set is made from the seed, the test set from seed + 1 (never used for tuning).
#include "QualityRun.h"
#include "SyntheticBirths.h"

#include <cstdio>
#include <iostream>
#include <string>

using namespace vitalis::dedup;

namespace
{
void report(const char* name, const bench::Quality& q, bool timing)
{
    std::printf("%s: precision %.4f recall %.4f | TP %lld FP %lld FN %lld TN %lld | duplicate "
                "pairs %lld, missed by blocking %lld, pairs compared %lld\n",
                name, q.precision(), q.recall(), static_cast<long long>(q.truePositives),
                static_cast<long long>(q.falsePositives), static_cast<long long>(q.falseNegatives),
                static_cast<long long>(q.trueNegatives), static_cast<long long>(q.duplicatePairs),
                static_cast<long long>(q.missedByBlocking),
                static_cast<long long>(q.pairsCompared));
    if (timing)
        std::printf("%s timing: %.0f ns per candidate pair, per declaration mean %.1f us, p95 "
                    "%.1f us\n",
                    name, q.nsPerPair, q.usPerDeclarationMean, q.usPerDeclarationP95);
}
} // namespace

int main(int argc, char** argv)
{
    bench::GeneratorOptions options;
    std::string rulesFile = std::string(VITALIS_SOURCE_DIR) + "/forms/definitions/dedup/birth.json";
    bool timing = true;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool more = i + 1 < argc;
        if (a == "--seed" && more)
            options.seed = std::stoull(argv[++i]);
        else if (a == "--records" && more)
            options.records = std::stoi(argv[++i]);
        else if (a == "--duplicates" && more)
            options.duplicates = std::stod(argv[++i]);
        else if (a == "--rules" && more)
            rulesFile = argv[++i];
        else if (a == "--no-timing")
            timing = false;
        else {
            std::cerr << "usage: dedup-quality [--seed N] [--records N] [--duplicates F] "
                         "[--rules FILE] [--no-timing]\n";
            return 2;
        }
    }
    auto parsed = RuleSetReader::parseFile(rulesFile);
    for (const auto& e : parsed.errors)
        std::cerr << e.toString() << "\n";
    if (!parsed.rules)
        return 1;
    std::printf("rules %s, seed %llu, %d records, %.3f duplicates\n", rulesFile.c_str(),
                static_cast<unsigned long long>(options.seed), options.records, options.duplicates);
    const auto training = bench::measure(*parsed.rules, bench::generateBirths(options));
    report("training", training, timing);
    options.seed += 1;
    const auto test = bench::measure(*parsed.rules, bench::generateBirths(options));
    report("test", test, timing);
    return 0;
}
