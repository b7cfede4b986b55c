// The seed files a test server is built from (see Office.h): the test seed as committed, and
// the demo seed with its form paths made absolute so the server finds them from anywhere.
#pragma once

#include "tests/support/Seed.h"

#include <filesystem>
#include <string>

namespace vitalis::test
{

std::filesystem::path seedFile(Seed seed);
// Identifies a seeded database: the seed, the forms it names and the server binary that wrote it.
std::string seedKey(Seed seed);

} // namespace vitalis::test
