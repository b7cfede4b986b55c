// Everything a sync test against the real server needs in one include: the server and fault
// proxy processes, devices, the sample declarations and fresh directories.
#pragma once

#include "sync/client/ConflictResolver.h"
#include "sync/client/ConflictSync.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/Fixtures.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestClient.h"

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

namespace vitalis::test
{

namespace fs = std::filesystem;
using nlohmann::json;

} // namespace vitalis::test
