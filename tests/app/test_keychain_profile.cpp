// The encrypted profile opened with its key in the real OS keychain, and the fail-closed rule:
// when the keychain cannot hand out the key of an existing profile, no new key is made and
// the database is not touched.
#include "app/keychain/KeychainKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "tests/support/QtTestApp.h"

#include <QUuid>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace vitalis;
namespace fs = std::filesystem;

namespace
{

std::string fileBytes(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class KeychainProfileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::qtTestApp();
        const auto tag = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        service = QString::fromStdString("vitalis-test-" + tag);
        dir = fs::temp_directory_path() / ("vitalis-keychain-profile-" + tag);
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }
    QString service;
    fs::path dir;
};

StoreOptions options()
{
    StoreOptions o;
    o.profileId = "clerk1";
    return o;
}

Record sampleRecord()
{
    Record r;
    r.id = "0f3c2a4e-1111-4aaa-8bbb-000000000001";
    r.eventType = "birth";
    r.formId = "birth";
    r.formVersion = 1;
    r.fields = {{"child.firstName", "Amara"}};
    r.officeId = "O1";
    return r;
}

TEST_F(KeychainProfileTest, ProfileReopensWithTheKeyFromTheKeychain)
{
    KeychainKeyProvider keys(service);
    {
        auto store = ProfileStore::open(dir, keys, options());
        store->writer().commit({sampleRecord(), OpKind::create(), {}, "clerk1", 1000});
    }
    KeychainKeyProvider afterRestart(service);
    auto store = ProfileStore::open(dir, afterRestart, options());
    EXPECT_EQ(store->records().get(sampleRecord().id).fields["child.firstName"], "Amara");
    afterRestart.deleteKey("clerk1");
}

TEST_F(KeychainProfileTest, MissingKeyForExistingDatabaseFailsClosed)
{
    KeychainKeyProvider keys(service);
    {
        auto store = ProfileStore::open(dir, keys, options());
        store->writer().commit({sampleRecord(), OpKind::create(), {}, "clerk1", 1000});
    }
    // A locked keyring answers exactly like this: "entry not found".
    keys.deleteKey("clerk1");
    const auto before = fileBytes(dir / ProfileStore::kDatabaseFile);
    try {
        ProfileStore::open(dir, keys, options());
        FAIL() << "opened an existing profile without its key";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.code(), StoreErrc::KeyringUnavailable);
        EXPECT_NE(std::string(e.what()).find("the keyring is locked or unavailable"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_EQ(fileBytes(dir / ProfileStore::kDatabaseFile), before);
    // And no replacement key was planted in the keychain.
    EXPECT_THROW(keys.loadKey("clerk1"), KeyUnavailable);
}

} // namespace
