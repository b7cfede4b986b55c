// The device's side of a record's path, without a server: one committed field edit of a synced
// record and one Declare of a complete birth declaration, with the form checked on the device.
// Run under `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='runEdits*'` (or
// runDeclares*) for instructions per action; plain runs print CPU µs per action.
#include "core/RoleCatalog.h"
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "sync/client/FormCheck.h"
#include "sync/client/FormDefinitionCache.h"
#include "sync/client/LocalRecordService.h"
#include "tests/support/Fixtures.h"

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>

using namespace vitalis;
using nlohmann::json;
namespace fs = std::filesystem;

namespace
{

double cpuMicros()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

struct Device {
    MemoryKeyProvider keys;
    FixedClock clock{1'790'000'000'000};
    RoleCatalog roles = RoleCatalog::defaults();
    std::unique_ptr<ProfileStore> store;
    std::unique_ptr<FormCheck> check;
    std::unique_ptr<LocalRecordService> service;
    Actor agent{"agent-1", roles.get("field_agent"), "O1"};

    explicit Device(const fs::path& dir)
    {
        store = ProfileStore::open(dir, keys);
        auto registry = FormDefinitionCache(store->settings())
                            .load(fs::path(VITALIS_SOURCE_DIR) / "forms" / "definitions");
        check = std::make_unique<FormCheck>(registry, clock);
        service = std::make_unique<LocalRecordService>(*store, clock, check.get());
        service->setDeviceCode("7K3M");
    }
};

// A declared record as the server sent it (revision 4, its own merge base).
std::string syncedRecord(Device& d, const json& fields)
{
    Record r = d.service->startDraft(d.agent, {"birth", "birth", 1, fields});
    r.status = RecordStatus::Declared;
    r.serverRevision = 4;
    d.store->records().saveServerCopy(r);
    return r.id;
}

[[gnu::noinline]] void runEdits(Device& d, const std::string& id, int n)
{
    for (int i = 0; i < n; ++i)
        d.service->editFields(d.agent, id,
                              {{"contact_phone", "+2609712345" + std::to_string(10 + i % 80)}});
}

// What the declaration screen does on "Declare": the service's check for the review page
// (VITALIS_BENCH_PRECHECK=1, the screen before issue 13) and the action itself.
[[gnu::noinline]] void runDeclares(Device& d, const std::vector<std::string>& ids, bool precheck)
{
    for (const auto& id : ids) {
        if (precheck)
            (void)d.service->validateForAction(id, RecordAction::Declare);
        d.service->actWithEdits(d.agent, id, RecordAction::Declare, json::object());
    }
}

} // namespace

int main(int argc, char** argv)
{
    const std::string mode = argc > 1 ? argv[1] : "both";
    const int n = argc > 2 ? std::stoi(argv[2]) : 50;
    const bool precheck = std::getenv("VITALIS_BENCH_PRECHECK") != nullptr;
    const fs::path dir =
        fs::temp_directory_path() / ("vitalis-recordpath-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    {
        Device d(dir);
        const json fields = test::birthDeclaration(d.clock);
        if (mode == "edit" || mode == "both") {
            const auto id = syncedRecord(d, fields);
            runEdits(d, id, 1); // warm: statement cache, first op of the edit run
            const double t0 = cpuMicros();
            runEdits(d, id, n);
            std::printf("edit: %.1f us CPU per committed field edit (%d)\n", (cpuMicros() - t0) / n,
                        n);
        }
        if (mode == "declare" || mode == "both") {
            std::vector<std::string> ids;
            for (int i = 0; i < n + 1; ++i)
                ids.push_back(d.service->startDraft(d.agent, {"birth", "birth", 1, fields}).id);
            runDeclares(d, {ids.back()}, precheck); // warm
            ids.pop_back();
            const double t0 = cpuMicros();
            runDeclares(d, ids, precheck);
            std::printf("declare: %.1f us CPU per Declare (%d, precheck %d)\n",
                        (cpuMicros() - t0) / n, n, precheck ? 1 : 0);
        }
    }
    fs::remove_all(dir);
    return 0;
}
