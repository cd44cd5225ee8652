// The audit log: every change the store saves has its row, written in the same transaction;
// an import is one row; the log can be read by record and time, and exported.
#include "fixtures.h"
#include "sample.h"

#include "archive/archive.h"
#include "archive/transfer.h"
#include "store/audit.h"
#include "store/store.h"
#include "util/clock.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bd;

namespace {

QList<AuditEntry> logOf(Store &store, const AuditFilter &filter = {})
{
    auto rows = store.auditLog(filter);
    INFO(rows.errorMessage().toStdString());
    REQUIRE(rows.ok());
    return *rows;
}

QJsonObject object(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// Sets an environment variable for one scope.
struct Environment {
    QByteArray name;
    QByteArray saved;
    bool had;
    Environment(const char *n, const QByteArray &value)
        : name(n)
        , saved(qgetenv(n))
        , had(qEnvironmentVariableIsSet(n))
    {
        qputenv(n, value);
    }
    ~Environment()
    {
        if (had)
            qputenv(name.constData(), saved);
        else
            qunsetenv(name.constData());
    }
};

} // namespace

TEST_CASE("each change is logged with who, when, what, and the record before and after", "[reliability][audit]")
{
    Environment user("USER", "auditor");
    test::FreshStore f;
    QDateTime clock(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    ClockOverride fixedClock([&] { return clock; });
    REQUIRE(f.store->replaceAll(test::samplePartnership()).ok());
    const qsizetype start = logOf(*f.store).size();

    Agency agency {QStringLiteral("nhs"), QStringLiteral("NHS Eastbrook"), QString(), Sector::Health};
    clock = clock.addSecs(60);
    REQUIRE(f.store->insert(agency).ok());
    agency.name = QStringLiteral("NHS Eastbrook ICB");
    clock = clock.addSecs(60);
    REQUIRE(f.store->update(agency).ok());
    clock = clock.addSecs(60);
    REQUIRE(f.store->remove(agency).ok());

    const QList<AuditEntry> rows
        = logOf(*f.store, {.kind = QStringLiteral("agency"), .recordKey = QStringLiteral("nhs")});
    REQUIRE(rows.size() == 3);
    CHECK(logOf(*f.store).size() == start + 3);
    for (const AuditEntry &row : rows) {
        // The account the system runs us as; what USER claims is only a note beside it.
        CHECK(row.osUser.startsWith(test::systemAccount() + QStringLiteral(" (USER says auditor")));
        CHECK(row.kind == QStringLiteral("agency"));
        CHECK(row.recordKey == QStringLiteral("nhs"));
    }
    CHECK(rows.at(0).action == AuditAction::Insert);
    CHECK(rows.at(0).at == QDateTime(QDate(2026, 11, 22), QTime(9, 1), Qt::UTC));
    CHECK(rows.at(0).before.isEmpty());
    CHECK(object(rows.at(0).after).value(QStringLiteral("name")).toString() == QStringLiteral("NHS Eastbrook"));
    CHECK(object(rows.at(0).after)
          == recordJson(Agency {QStringLiteral("nhs"), QStringLiteral("NHS Eastbrook"), QString(), Sector::Health}));
    CHECK(rows.at(1).action == AuditAction::Update);
    CHECK(object(rows.at(1).before).value(QStringLiteral("name")).toString() == QStringLiteral("NHS Eastbrook"));
    CHECK(object(rows.at(1).after).value(QStringLiteral("name")).toString() == QStringLiteral("NHS Eastbrook ICB"));
    CHECK(rows.at(2).action == AuditAction::Delete);
    CHECK(object(rows.at(2).before).value(QStringLiteral("name")).toString() == QStringLiteral("NHS Eastbrook ICB"));
    CHECK(rows.at(2).after.isEmpty());

    // Filters: by time, newest first, a limit.
    const auto between = logOf(*f.store,
                               {.from = QDateTime(QDate(2026, 11, 22), QTime(9, 1, 30), Qt::UTC),
                                .to = QDateTime(QDate(2026, 11, 22), QTime(9, 2, 30), Qt::UTC)});
    REQUIRE(between.size() == 1);
    CHECK(between.constFirst().action == AuditAction::Update);
    const auto newest = logOf(*f.store, {.limit = 1, .newestFirst = true});
    REQUIRE(newest.size() == 1);
    CHECK(newest.constFirst().action == AuditAction::Delete);
}

TEST_CASE("meetings and their bullets are logged as they change, undo included", "[reliability][audit]")
{
    test::FreshStore f;
    REQUIRE(f.store->replaceAll(test::samplePartnership()).ok());
    const Id meetingId = QStringLiteral("m.board.2018-07-10");

    auto added = f.store->insertEntry(meetingId, 0, 1,
                                      Entry {0, EntryKind::Did, QStringLiteral("We agreed a new toolkit."), {}, {}});
    REQUIRE(added.ok());
    Entry changed = *added;
    changed.text = QStringLiteral("We agreed the neglect toolkit.");
    REQUIRE(f.store->updateEntry(changed).ok());
    REQUIRE(f.store->moveEntry(changed.rowId, 0, 0).ok());
    REQUIRE(f.store->removeEntry(changed.rowId).ok());

    const auto rows = logOf(*f.store, {.kind = QStringLiteral("entry"), .recordKey = QString::number(changed.rowId)});
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).action == AuditAction::Insert);
    CHECK(object(rows.at(0).after).value(QStringLiteral("text")).toString()
          == QStringLiteral("We agreed a new toolkit."));
    CHECK(object(rows.at(0).after).value(QStringLiteral("meeting")).toString() == meetingId);
    CHECK(object(rows.at(0).after).value(QStringLiteral("position")).toInt() == 1);
    CHECK(rows.at(1).action == AuditAction::Update);
    CHECK(object(rows.at(1).after).value(QStringLiteral("text")).toString()
          == QStringLiteral("We agreed the neglect toolkit."));
    CHECK(rows.at(2).action == AuditAction::Update);
    CHECK(object(rows.at(2).after).value(QStringLiteral("position")).toInt() == 0);
    CHECK(rows.at(3).action == AuditAction::Delete);
    CHECK(object(rows.at(3).before).value(QStringLiteral("text")).toString()
          == QStringLiteral("We agreed the neglect toolkit."));

    // Deleting a meeting keeps its minutes in the log; undoing it (inserting it again) is logged too.
    const Id panelMeeting = QStringLiteral("m.cdop.1");
    auto meeting = f.store->get<Meeting>(panelMeeting);
    REQUIRE(meeting.ok());
    REQUIRE(meeting->has_value());
    Meeting copy = **meeting;
    REQUIRE(f.store->remove(copy).ok());
    test::clearRowIds(copy.entries);
    REQUIRE(f.store->insert(copy).ok());
    const auto meetingRows = logOf(*f.store, {.kind = QStringLiteral("meeting"), .recordKey = panelMeeting});
    REQUIRE(meetingRows.size() == 2);
    CHECK(meetingRows.at(0).action == AuditAction::Delete);
    REQUIRE_FALSE(copy.entries.isEmpty());
    CHECK(object(meetingRows.at(0).before).value(QStringLiteral("entries")).toArray().size() == copy.entries.size());
    CHECK(meetingRows.at(1).action == AuditAction::Insert);
}

TEST_CASE("a change and its audit row are saved together or not at all", "[reliability][audit]")
{
    test::FreshStore f;
    REQUIRE(f.store->replaceAll(test::samplePartnership()).ok());

    // A change the store refuses leaves no row.
    const qsizetype before = logOf(*f.store).size();
    CHECK_FALSE(f.store->insert(test::samplePartnership().agencies.constFirst()).ok());
    CHECK(logOf(*f.store).size() == before);

    // A change whose row cannot be written is not saved.
    REQUIRE(f.store->database()
                .run(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                                    "BEGIN SELECT RAISE(ABORT, 'the audit log is full'); END"))
                .ok());
    auto refused = f.store->insert(Agency {QStringLiteral("unlogged"), QStringLiteral("Unlogged"), {}, Sector::Other});
    REQUIRE_FALSE(refused.ok());
    INFO(refused.errorMessage().toStdString());
    CHECK(refused.errorMessage().contains(QStringLiteral("audit log")));
    CHECK_FALSE(f.store->get<Agency>(QStringLiteral("unlogged"))->has_value());
}

TEST_CASE("an import is one audit row, and the log survives it", "[reliability][audit]")
{
    test::FreshStore f;
    REQUIRE(f.store->insert(Agency {QStringLiteral("first"), QStringLiteral("First"), {}, Sector::Other}).ok());
    const qsizetype before = logOf(*f.store).size();
    REQUIRE(before == 1);

    auto imported = importArchive(*f.store, test::demoArchive(), QStringLiteral("northvale.json"), true);
    INFO(imported.errorMessage().toStdString());
    REQUIRE(imported.ok());
    const auto rows = logOf(*f.store);
    REQUIRE(rows.size() == before + 1);
    const AuditEntry &row = rows.constLast();
    CHECK(row.kind == QStringLiteral("import"));
    CHECK(row.action == AuditAction::Import);
    CHECK(object(row.before).value(QStringLiteral("agencies")).toInt() == 1);
    auto data = f.store->loadAll();
    REQUIRE(data.ok());
    CHECK(object(row.after).value(QStringLiteral("meetings")).toInt() == data->meetings.size());
    CHECK(object(row.after).value(QStringLiteral("agencies")).toInt() == data->agencies.size());
}

TEST_CASE("the audit log exports as CSV and JSON, with formulas defused", "[reliability][audit]")
{
    test::FreshStore f;
    REQUIRE(
        f.store
            ->insert(Agency {QStringLiteral("csv"), QStringLiteral("Commas, \"quotes\"\nand lines"), {}, Sector::Other})
            .ok());
    auto rows = logOf(*f.store);
    REQUIRE(rows.size() == 1);
    // A user name a spreadsheet would run as a formula: the writer defuses it, whatever its source.
    rows[0].osUser = QStringLiteral("=cmd|' /C calc'!A0");

    const QString csv = QString::fromUtf8(auditLogToCsv(rows));
    INFO(csv.toStdString());
    CHECK(csv.startsWith(QStringLiteral("id,at,user,kind,record,action,before,after\r\n")));
    CHECK(csv.contains(QStringLiteral(",'=cmd|' /C calc'!A0,")));
    CHECK(csv.contains(QStringLiteral(",agency,csv,insert,,")));
    CHECK(csv.contains(QStringLiteral("Commas, \\\"\"quotes\\\"\"\\nand lines")));

    const QJsonDocument json = QJsonDocument::fromJson(auditLogToJson(rows));
    REQUIRE(json.isArray());
    const QJsonObject row = json.array().at(0).toObject();
    CHECK(row.value(QStringLiteral("user")).toString() == QStringLiteral("=cmd|' /C calc'!A0"));
    CHECK(row.value(QStringLiteral("action")).toString() == QStringLiteral("insert"));
    CHECK(row.value(QStringLiteral("before")).isNull());
    CHECK(row.value(QStringLiteral("after")).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("Commas, \"quotes\"\nand lines"));
}
