// One server database per test, seeded from a template made once per seed and server build:
// an SQLite file copied from it, or CREATE DATABASE ... TEMPLATE on PostgreSQL (the cluster of
// tests/tools/with-test-services). Dropped with the object.
#pragma once

#include "sync/server/db/Db.h"
#include "tests/support/Seed.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <string>
#include <vector>

namespace vitalis::test
{

enum class Backend { Sqlite, Postgres };
std::string backendName(Backend b);
// For INSTANTIATE_TEST_SUITE_P names.
struct BackendName {
    std::string operator()(const ::testing::TestParamInfo<Backend>& info) const
    {
        return backendName(info.param);
    }
};

class TestDatabase
{
public:
    explicit TestDatabase(Backend backend, Seed seed = Seed::Test);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;
    Backend backend() const { return backend_; }
    const std::string& url() const { return url_; }
    std::string sqlitePath() const; // SQLite only
    // A cold backup and its restore (the server must be stopped for both).
    void backup();
    void restore();
    // A second, empty database of the same backend (for restores), dropped with this object.
    std::string createEmptyDatabase(const std::string& suffix);

private:
    Backend backend_;
    std::string url_;
    std::vector<std::string> pgNames_; // this one first, then the empty ones
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<QTemporaryDir> backupDir_;
};

// The PostgreSQL URL the suite runs against; fails the test (not skip) when it is missing.
std::string postgresAdminUrl();

// Settings for a server::Db of this process on a database URL (a test reading or changing what
// the server stored, with the server stopped or beside it).
server::DbSettings dbSettings(const std::string& url);

} // namespace vitalis::test
