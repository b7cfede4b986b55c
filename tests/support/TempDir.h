// Files for tests: a fresh, empty directory under the system temp directory for one test's files
// (profiles, server data, logs), named after the test so a failed run's leftovers can be found;
// a file read back whole.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <unistd.h>

namespace vitalis::test
{

inline std::filesystem::path freshDir(std::string name)
{
    static std::mt19937_64 rng(std::random_device{}());
    for (auto& c : name) // parameterised test names carry '/'
        if (c == '/')
            c = '-';
    const std::filesystem::path d = std::filesystem::temp_directory_path() /
                                    ("vitalis-" + name + "-" + std::to_string(::getpid()) + "-" +
                                     std::to_string(rng() % 1000000));
    std::filesystem::remove_all(d);
    std::filesystem::create_directories(d);
    return d;
}

// The whole file ("" when it cannot be read).
inline std::string readFile(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace vitalis::test
