// The vitalis-cli commands, one function each; CliApplication maps names to them.
#pragma once

#include "app/cli/CliContext.h"
#include "sync/client/ApiClient.h"

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
int login(CliContext& ctx);         // login --username U [--totp CODE] (password on stdin)
int logout(CliContext& ctx);        // forget the session tokens
int pinSet(CliContext& ctx);        // pin set (PIN on stdin)
int unlock(CliContext& ctx);        // unlock (PIN on stdin): offline sign-in check
int syncNow(CliContext& ctx);       // sync [--once] [--batch N] [--max-runs N]
int conflicts(CliContext& ctx);     // conflicts
int resolve(CliContext& ctx);       // resolve ID --keep mine|theirs | --field f=mine|theirs|=V
int attach(CliContext& ctx);        // attach ID FILE [--field F] [--doc-type T] [--media-type M]
int pool(CliContext& ctx);          // pool: reserved registration numbers, offline or not
// stats [--event E] [--by B] [--period P] [--location L] [--offline] [--csv]
int stats(CliContext& ctx);
int verify(CliContext& ctx); // verify --qr TEXT | --image FILE [--root FILE] [--revocations FILE]
int certificateTemplates(CliContext& ctx); // certificate templates
// certificate print ID --template T --lang L --collector R [--collector-name N] --id-type T
//   --id-number N --id-checked --fee-receipt R [--reason TEXT] --pdf FILE [--draft]
int certificatePrint(CliContext& ctx);
int correctRequest(CliContext& ctx); // correct request ID --set f=v ... --reason-code C --reason T
int correctApprove(CliContext& ctx); // correct approve REQUEST [--record ID]
int correctReject(CliContext& ctx);  // correct reject REQUEST --reason T [--record ID]
int correctList(CliContext& ctx);    // correct list [--record ID]
int correctDirect(CliContext& ctx);  // correct direct ID --set f=v ... --reason T
int duplicates(CliContext& ctx);     // duplicates ID: the server's verdict and candidates
int duplicatesList(CliContext& ctx); // duplicates list: the possible duplicates to decide
int duplicatesNotDuplicate(CliContext& ctx); // duplicates not-duplicate ID --reason T
int duplicatesOf(CliContext& ctx);           // duplicates of ID ORIGINAL --reason T
// history ID --from-server: the server's history of the record (people's names, before/after)
int serverHistory(CliContext& ctx, const std::string& recordId);

// A media type from a file name's extension (application/octet-stream when unknown).
std::string guessMediaType(const QString& file);
// A record UUID or tracking ID -> the record's UUID; throws UsageError if unknown.
std::string resolveRecordId(CliContext& ctx, const std::string& ref);
// Caches the server's form definitions in the profile (after login and sync); warns on failure.
void refreshFormDefinitions(SettingsRepository& settings, sync::ApiClient& api);

} // namespace vitalis::cli
