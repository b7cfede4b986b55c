// What an online sign-in does to a profile, shared by vitalis-cli and the desktop client: the
// server settings it signs in with, binding the profile to the server's user, and its actor.
#pragma once

#include "core/Clock.h"
#include "core/store/ProfileStore.h"
#include "sync/client/CurlTransport.h"
#include "sync/client/LocalRecordService.h"
#include "sync/protocol/AuthMessages.h"

#include <optional>
#include <stdexcept>

namespace vitalis::account
{

inline constexpr const char* kServerUrlSetting = "sync.server_url";
inline constexpr const char* kCaFileSetting = "sync.ca_file";
inline constexpr const char* kPinsSetting = "sync.pins"; // ';'-separated sha256//... pins
// The signed-in user's jurisdiction (location id), written at sign-in: place search ranks it first.
inline constexpr const char* kJurisdictionSetting = "profile.jurisdiction";

// The binding cannot be done (another user's work, an unknown role, no server): the message
// says what is wrong and nothing was changed.
class BindingError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Throws BindingError when the profile has no server address.
sync::TransportOptions transportOptions(SettingsRepository& settings);

// Refuses (BindingError) a URL that is not http:// or https://.
void setServerUrl(SettingsRepository& settings, const std::string& url);

// After a successful login: the profile now belongs to tokens.user (refused when it holds
// another user's records), with their role, office, display name and the device code.
void bindProfileToUser(ProfileStore& store, const protocol::TokenPair& tokens, const Clock& clock);

// The profile's user as an actor; nullopt before the first sign-in.
std::optional<Actor> profileActor(SettingsRepository& settings);

} // namespace vitalis::account
