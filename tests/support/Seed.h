// The two seeds a test server starts from, the offices and people in them, and the password all
// of a seed's users share.
//
//   Seed::Test (tests/server/data/test-seed.json, forms tbirth/tdeath): agent1, clerk1,
//     regagent1, registrar1, admin1 in office O1 / district D1; ...2 in O2 / D2; ...3 in
//     O3 / D3; provreg (local registrar of province P1, office O1). Password kPassword.
//   Seed::Demo (resources/demo/seed.json, the shipped forms): agent.ald, clerk.ald,
//     regagent.ald, registrar.ald, admin.ald in OFF-ALD (Aldmoor); the same for .bre, .dun,
//     .elv. Password kDemoPassword.
#pragma once

namespace vitalis::test
{

enum class Seed { Test, Demo };

inline constexpr const char* kPassword = "test-password";
inline constexpr const char* kDemoPassword = "vitalis-demo";

} // namespace vitalis::test
