// The vitalis-cli commands, one function each; CliApplication maps names to them.
#pragma once

#include "app/cli/CliContext.h"

namespace vitalis::cli
{

int profileInit(CliContext& ctx);   // profile init --user U --role R --office O [--device-code C]
int profileVerify(CliContext& ctx); // audit chain + integrity check
int declare(CliContext& ctx);       // declare --form F --event E --data FILE [--draft|--notify]
int edit(CliContext& ctx);          // edit ID --set field=value ...
int action(CliContext& ctx);        // action ID validate|register|reject|archive... [--reason]
int list(CliContext& ctx);          // list [--status S] [--limit N]
int show(CliContext& ctx);          // show ID
int search(CliContext& ctx);        // search TEXT [--phonetic]
int outbox(CliContext& ctx);        // outbox
int history(CliContext& ctx);       // history ID

} // namespace vitalis::cli
