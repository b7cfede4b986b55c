// bench_gui_desktop_profile: writes a desktop profile as a registrar's laptop holds it after
// months of work, for the desktop memory benchmark (tests/bench/gui/desktop-rss):
//   bench_gui_desktop_profile ROOT USERNAME PIN N
// ROOT is a --profile-dir; the profile is listed in its catalog, bound to USERNAME (local
// registrar of OFF-ALD) with the PIN, its database key in the OS keychain (the default key
// provider, as `vitalis` without --key-dir), and N complete birth declarations (~2 KB of
// fields each) in a mix of statuses, so every workqueue of the home screen has rows.
#include "../../gui/shell/ShellTestSupport.h"
#include "app/keychain/KeychainKeyProvider.h"
#include "core/Uuid.h"
#include "tests/support/Fixtures.h"

#include <QApplication>
#include <cstdio>

using namespace vitalis;

int main(int argc, char** argv)
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s ROOT USERNAME PIN N\n", argv[0]);
        return 2;
    }
    QCoreApplication app(argc, argv); // the keychain speaks D-Bus through Qt
    const QString root = QString::fromLocal8Bit(argv[1]);
    const std::string username = argv[2], pin = argv[3];
    const int n = std::atoi(argv[4]);
    const std::int64_t now = SystemClock().nowMillis();
    const FixedClock clock{now}; // the sample births are counted back from it
    KeychainKeyProvider keys;
    const auto entry = test::makePinProfile(root, keys, username, "local_registrar", pin, now);
    StoreOptions o;
    o.profileId = entry.profileId().toStdString();
    auto store = ProfileStore::open(entry.directory.toStdString(), keys, o);
    const char* families[] = {"Banda", "Phiri", "Mwale", "Zulu", "Tembo", "Lungu", "Sakala"};
    const char* firsts[] = {"Amina", "Bwalya", "Chanda", "Dalitso", "Esther", "Faith", "Grace"};
    const RecordStatus statuses[] = {RecordStatus::Declared, RecordStatus::Validated,
                                     RecordStatus::Registered, RecordStatus::Draft};
    for (int done = 0; done < n;) {
        Transaction tx(store->db());
        for (int i = 0; i < 5000 && done < n; ++i, ++done) {
            Record r;
            r.id = generateTimeOrderedUuid(clock.nowMillis() - (n - done)); // as devices make them
            r.eventType = r.formId = "birth";
            r.formVersion = 1;
            r.fields = test::birthDeclaration(clock, firsts[done % 7], families[(done / 7) % 7]);
            r.trackingId = "B7K3M" + std::to_string(100000 + done);
            r.officeId = "OFF-ALD";
            r.status = statuses[done % 4];
            r.createdAt = r.updatedAt = now - (n - done) * 60'000LL;
            r.createdBy = r.updatedBy = username;
            store->records().insert(r);
        }
        tx.commit();
    }
    std::printf("%s\n", entry.directory.toLocal8Bit().constData());
    return 0;
}
