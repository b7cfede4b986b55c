// Builds the sync stack (curl transport -> API client) from a profile's stored server settings
// (sync.server_url, sync.ca_file, sync.pins), shared by login, sync and resolve.
#pragma once

#include "app/cli/CliContext.h"
#include "app/common/AccountBinding.h"
#include "core/RandomSource.h"
#include "sync/client/ApiClient.h"
#include "sync/client/CurlTransport.h"

#include <memory>

namespace vitalis::cli
{

struct SyncStack {
    std::unique_ptr<sync::CurlTransport> transport;
    SodiumRandomSource random;
    sync::ThreadSleeper sleeper;
    std::unique_ptr<sync::ApiClient> api;
};

// The settings live in app/common/AccountBinding.h (shared with the desktop client).
inline constexpr const char* kServerUrlSetting = account::kServerUrlSetting;
inline constexpr const char* kCaFileSetting = account::kCaFileSetting;
inline constexpr const char* kPinsSetting = account::kPinsSetting;

// Throws UsageError when the profile has no server (profile init --server URL).
std::unique_ptr<SyncStack> makeSyncStack(CliContext& ctx);

} // namespace vitalis::cli
