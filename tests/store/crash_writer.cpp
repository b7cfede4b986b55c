// Helper process for StoreCrashTest: commits records as fast as it can and prints each id
// only after its commit returned, until it is killed.
//   crash_writer <profileDir> <keyDir> safe|unsafe
// safe:   record + outbox + audit through LocalChangeWriter (one transaction), WAL.
// unsafe: the negative control: journal_mode=OFF, synchronous=OFF, outbox and record
//         written as separate autocommit statements, so a kill can split them.
#include "core/store/FileKeyProvider.h"
#include "core/store/ProfileStore.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

using namespace vitalis;

int main(int argc, char** argv)
{
    if (argc != 4 || (std::strcmp(argv[3], "safe") != 0 && std::strcmp(argv[3], "unsafe") != 0)) {
        std::fprintf(stderr, "usage: crash_writer <profileDir> <keyDir> safe|unsafe\n");
        return 2;
    }
    const bool safe = std::strcmp(argv[3], "safe") == 0;
    try {
        FileKeyProvider keys(argv[2]);
        auto store = ProfileStore::open(argv[1], keys);
        if (!safe)
            store->db().exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        const std::string prefix = "w" + std::to_string(::getpid()) + "-";
        for (long i = 0;; ++i) {
            Record r;
            r.id = prefix + std::to_string(i);
            r.eventType = "birth";
            r.formId = "birth";
            r.formVersion = 1;
            r.fields = {{"child.firstName", "Name" + std::to_string(i)},
                        {"child.familyName", "Crash"},
                        {"child.dateOfBirth", "2024-01-01"},
                        {"informant.notes", std::string(200 + i % 300, 'x')}};
            r.trackingId = "T" + std::to_string(i);
            if (safe) {
                LocalChange c;
                c.record = r;
                c.kind = OpKind::create();
                c.userId = "crash";
                c.at = i;
                store->writer().commit(c);
            } else {
                OutboxEntry op;
                op.recordId = r.id;
                op.kind = OpKind::create();
                op.formVersion = 1;
                op.createdAt = i;
                store->outbox().enqueue(op);
                store->records().insert(r);
                store->audit().append(i, "crash", "create", r.id);
            }
            const std::string line = r.id + "\n";
            if (::write(STDOUT_FILENO, line.data(), line.size()) < 0)
                return 3;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "crash_writer: %s\n", e.what());
        return 1;
    }
}
