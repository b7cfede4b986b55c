// RecordStore's two ways of writing a created record: field by field (s.fieldMeta), and from
// texts made before the writer thread (creationTexts, a push's creations). Both must read back
// the same, or a record's merge history would depend on how it arrived.
#include "sync/server/sync/RecordStore.h"

#include "sync/server/db/Migrations.h"
#include "tests/support/QtTestApp.h"

#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::server;
using nlohmann::json;

namespace
{
StoredRecord birth(const std::string& id)
{
    StoredRecord s;
    Record& r = s.record;
    r.id = id;
    r.eventType = "birth";
    r.formId = "birth";
    r.formVersion = 1;
    r.officeId = "office-1";
    r.trackingId = "T" + id;
    r.status = RecordStatus::Declared;
    r.serverRevision = 1;
    r.createdAt = r.updatedAt = 1000;
    r.createdBy = r.updatedBy = "agent1";
    r.fields = {{"child_first", "Amara"},
                {"weight", 3.1},
                {"twins", false},
                {"notes", "say \"hi\" \xd8\xb9"},
                {"siblings", 2}};
    s.locationPath = "/VD/VD-N/";
    return s;
}

std::string fieldRevs(Db& db, const std::string& id)
{
    Rows r = db.query(QStringLiteral("SELECT field_revs FROM records WHERE id = ?"),
                      {QString::fromStdString(id)});
    EXPECT_TRUE(r.next());
    return r.text(0);
}
} // namespace

TEST(RecordStore, ACreationWrittenFromReadyTextsReadsBackAsOneWrittenFieldByField)
{
    vitalis::test::qtTestApp(); // Qt loads its SQL drivers only under an application
    QTemporaryDir dir;
    DbSettings settings;
    settings.url = DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("t.db")));
    Db db(settings, QStringLiteral("record-store-test"));
    Migrations::apply(db, 1000, [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); });
    db.executeRaw(QStringLiteral("PRAGMA foreign_keys = OFF")); // no office or user rows here

    const json entry = {{"rev", 1}, {"by", "agent1"}, {"device", "laptop-7"}, {"at", 1000}};
    StoredRecord byField = birth("A");
    for (auto it = byField.record.fields.begin(); it != byField.record.fields.end(); ++it)
        byField.fieldMeta[it.key()] = entry;
    RecordStore::insert(db, byField, 1000);

    StoredRecord ready = birth("B");
    const CreationTexts texts = RecordStore::creationTexts(ready.record.fields);
    RecordStore::insert(db, ready, 1000, texts, entry);

    const auto a = RecordStore::load(db, "A", false);
    const auto b = RecordStore::load(db, "B", false);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(b->record.fields, a->record.fields);
    EXPECT_EQ(b->record.fields, ready.record.fields);
    EXPECT_EQ(b->fieldMeta, a->fieldMeta);
    ASSERT_EQ(b->fieldMeta.size(), 5u) << b->fieldMeta.dump();
    EXPECT_EQ(b->fieldMeta["notes"], entry);
    EXPECT_EQ(json::parse(fieldRevs(db, "B")), json::parse(fieldRevs(db, "A")));
    EXPECT_EQ(json::parse(fieldRevs(db, "B"))["weight"], 1);
}

// The texts are composed from each value's dump, not from DOMs: they must be what dumping the
// record's fields and its creation diff gives, byte for byte for the fields (the pull serves
// that text as stored), and the history's pairs must read back as [null, value].
TEST(RecordStore, CreationTextsAreTheRecordsDumpAndItsDiffFromNothing)
{
    StoredRecord s = birth("C");
    // Every kind of value an answer can be, beside birth()'s string, number and flag.
    s.record.fields["apgar"] = -3;
    s.record.fields["serial"] = std::uint64_t{18446744073709551615u};
    s.record.fields["ratio"] = 0.1;
    s.record.fields["siblings_names"] = {"Ada", "Obi\n"};
    s.record.fields["address"] = {{"line", "\x01"}, {"zone", 4}};
    s.record.fields["control\"key"] = "tab\there";
    const CreationTexts t = RecordStore::creationTexts(s.record.fields);
    EXPECT_EQ(t.fields, s.record.fields.dump());
    json names = json::array(), changes = json::object();
    for (auto it = s.record.fields.begin(); it != s.record.fields.end(); ++it) {
        names.push_back(it.key());
        changes[it.key()] = json::array({nullptr, it.value()});
    }
    EXPECT_EQ(json::parse(t.fieldNames), names);
    EXPECT_EQ(json::parse(t.changes), changes);
    EXPECT_EQ(t.changes, changes.dump());
    EXPECT_EQ(json::parse(t.fieldRevs)["notes"], 1);

    const CreationTexts none = RecordStore::creationTexts(json::object());
    EXPECT_EQ(none.fields, "{}");
    EXPECT_EQ(none.fieldNames, "[]");
    EXPECT_EQ(none.changes, "{}");
    EXPECT_EQ(none.fieldRevs, "{}");
}
