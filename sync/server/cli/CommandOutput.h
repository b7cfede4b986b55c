// What the server's commands print: one line of result on standard output, errors on standard
// error with the program's name. Shared by every command so their output stays the same.
#pragma once

#include <QString>
#include <string>

namespace vitalis::server::cli
{

// One line on standard output, flushed (scripts read it while the server keeps running).
void say(const QString& line);
// "vitalis-server: MESSAGE" on standard error; returns `code` for the caller to exit with.
int fail(const std::string& message, int code = 2);

} // namespace vitalis::server::cli
