// Issue 5 in the desktop: one user at a time (the lock, read-only with a banner), a damaged
// or newer file (what is offered), the daily backups and restoring one, the audit log, and
// minutes exported without people's names.
#include "fixtures.h"

#include "archive/transfer.h"
#include "audit/auditlogdialog.h"
#include "common/autobackup.h"
#include "common/datefield.h"
#include "common/mainwindow.h"
#include "common/partnershipview.h"
#include "common/restoredialog.h"
#include "common/startup.h"
#include "common/workspace.h"
#include "meetings/meetingeditor.h"
#include "reports/minutesactions.h"
#include "settings/backupsettings.h"
#include "settings/partnershipsettings.h"
#include "store/backups.h"
#include "store/database.h"
#include "store/lock.h"
#include "store/store.h"
#include "util/clock.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <sqlite3.h>

using namespace bd;

namespace {

const Agency agencyA {QStringLiteral("a.first"), QStringLiteral("First Agency"), QString(), Sector::Other};
const Agency agencyB {QStringLiteral("a.second"), QStringLiteral("Second Agency"), QString(), Sector::Other};

// A closed partnership file holding agencyA, at \a path.
void makePartnership(const QString &path)
{
    auto store = createPartnershipFile(path, QStringLiteral("Lockton Partnership"));
    REQUIRE(store.ok());
    REQUIRE((*store)->insert(agencyA).ok());
}

bool hasAgency(Store &store, const Id &id)
{
    auto found = store.get<Agency>(id);
    REQUIRE(found.ok());
    return found->has_value();
}

QLabel *banner(MainWindow &window)
{
    auto *label = window.findChild<QLabel *>(QStringLiteral("banner"));
    REQUIRE(label);
    return label;
}

// A window that records what openFile() asked and answers \a answer.
struct AskingWindow {
    MainWindow window;
    QList<OpenDecision> asked;
    explicit AskingWindow(OpenChoice answer)
    {
        window.setOpenChooser([this, answer](const OpenDecision &decision) {
            asked << decision;
            return answer;
        });
    }
};

// A command that counts how often it ran.
class CountingCommand : public StoreCommand {
public:
    CountingCommand(Workspace &workspace, int &runs)
        : StoreCommand(workspace, QStringLiteral("Counted"))
        , m_runs(runs)
    {
    }

protected:
    Result<void> apply(bool) override
    {
        ++m_runs;
        return {};
    }

private:
    int &m_runs;
};

// Keeps a test's backup setting from leaking into the next.
struct KeepCountGuard {
    ~KeepCountGuard() { setBackupKeepCount(BackupRotation::defaultKeep); }
};

} // namespace

TEST_CASE("opening a partnership takes its lock, and closing it lets go", "[reliability][lock][ui]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    makePartnership(path);
    AskingWindow asking(OpenChoice::Cancel);
    REQUIRE(asking.window.openFile(path));
    CHECK(asking.asked.isEmpty());
    CHECK(asking.window.holdsLock());
    CHECK_FALSE(asking.window.workspace()->store().isReadOnly());
    CHECK(DatabaseLock::holder(path).has_value());
    CHECK_FALSE(DatabaseLock::acquire(path).ok()); // a second program is kept out

    asking.window.showWelcome();
    CHECK_FALSE(asking.window.holdsLock());
    CHECK(DatabaseLock::acquire(path).ok());
}

TEST_CASE("a partnership another program has open is offered read-only, saying who has it", "[reliability][lock][ui]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    makePartnership(path);
    auto other = DatabaseLock::acquire(path); // the other program
    REQUIRE(other.ok());
    const auto holder = DatabaseLock::holder(path);
    REQUIRE(holder.has_value());

    SECTION("Cancel opens nothing")
    {
        AskingWindow asking(OpenChoice::Cancel);
        CHECK_FALSE(asking.window.openFile(path));
        REQUIRE(asking.asked.size() == 1);
        const OpenDecision &decision = asking.asked.constFirst();
        CHECK(decision.kind == OpenDecision::Kind::Locked);
        CHECK(decision.offersReadOnly());
        CHECK_FALSE(decision.offersBackup());
        CHECK(decision.message.contains(holder->describe()));
        CHECK(asking.window.workspace() == nullptr);
    }

    SECTION("Open read-only: a banner says why, and nothing can be changed")
    {
        AskingWindow asking(OpenChoice::OpenReadOnly);
        REQUIRE(asking.window.openFile(path));
        REQUIRE(asking.asked.size() == 1);
        Workspace &workspace = *asking.window.workspace();
        CHECK(workspace.store().isReadOnly());
        CHECK_FALSE(asking.window.holdsLock());
        CHECK(asking.window.automaticBackups() == nullptr);

        QLabel *label = banner(asking.window);
        CHECK_FALSE(label->isHidden());
        CHECK(label->textFormat() == Qt::PlainText);
        CHECK(label->text().startsWith(QStringLiteral("Read-only")));
        CHECK(label->text().contains(holder->describe()));

        PartnershipView &view = *asking.window.partnershipView();
        CHECK(view.isReadOnly());
        CHECK(view.meetingEditor()->isReadOnly());
        CHECK(view.settingsPage()->nameEdit()->isReadOnly());
        for (const char *name : {"newMeetingAction", "newBodyAction", "importArchiveAction", "restoreBackupAction",
                                 "undoAction", "redoAction"}) {
            INFO(name);
            auto *action = asking.window.findChild<QAction *>(QLatin1String(name));
            REQUIRE(action);
            CHECK_FALSE(action->isEnabled());
        }
        CHECK(asking.window.findChild<QAction *>(QStringLiteral("auditLogAction"))->isEnabled());

        // An edit that gets through anyway is refused before it reaches the store.
        QSignalSpy errors(&workspace, &Workspace::errorOccurred);
        CHECK_FALSE(workspace.push(
            new SaveRecordCommand<Agency>(workspace, QStringLiteral("Add agency"), std::nullopt, agencyB)));
        CHECK(errors.size() == 1);
        CHECK(workspace.undoStack()->count() == 0);
        CHECK_FALSE(hasAgency(workspace.store(), agencyB.id));
        CHECK(hasAgency(workspace.store(), agencyA.id));
        int runs = 0;
        CHECK_FALSE(workspace.push(new CountingCommand(workspace, runs)));
        CHECK(runs == 0); // refused before it runs, not only by the store
        CHECK(workspace.undoStack()->count() == 0);
    }
}

TEST_CASE("a file that cannot be written opens read-only with the same banner", "[reliability][readonly][ui]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    makePartnership(path);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    AskingWindow asking(OpenChoice::Cancel);
    REQUIRE(asking.window.openFile(path));
    CHECK(asking.asked.isEmpty());
    Store &store = asking.window.workspace()->store();
    REQUIRE(store.isReadOnly());
    CHECK(store.database().openReport().readOnlyReason == ReadOnlyReason::FileNotWritable);
    QLabel *label = banner(asking.window);
    CHECK_FALSE(label->isHidden());
    CHECK(label->text().startsWith(QStringLiteral("Read-only")));
    CHECK(label->text().contains(store.database().openReport().readOnlyMessage));
    CHECK(asking.window.partnershipView()->meetingEditor()->isReadOnly());
    CHECK_FALSE(asking.window.findChild<QAction *>(QStringLiteral("newBodyAction"))->isEnabled());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("a damaged file is refused untouched, and its newest backup is opened restored beside it",
          "[reliability][damaged][ui]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    makePartnership(path);
    {
        auto store = Store::open(path);
        REQUIRE(store.ok());
        auto taken = BackupRotation::runIfDue((*store)->database());
        REQUIRE(taken.ok());
        REQUIRE_FALSE(taken->isEmpty());
    }
    const QByteArray sound = test::readFile(path);
    QByteArray damage;
    SECTION("garbage")
    {
        damage = QByteArray(sound.size(), 'x');
    }
    SECTION("cut short")
    {
        damage = sound.left(sound.size() / 2);
    }
    SECTION("empty")
    {
        damage = QByteArray();
    }
    test::writeFile(path, damage);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    const OpenAttempt attempt = openPartnership(path);
    REQUIRE_FALSE(attempt.opened());
    CHECK_FALSE(attempt.lock.has_value());
    const OpenDecision &decision = attempt.decision;
    CHECK(decision.kind == OpenDecision::Kind::Damaged);
    CHECK(decision.message.contains(QStringLiteral("p.boarddesk")));
    REQUIRE(decision.offersBackup());
    CHECK(decision.backup->path == newestBackup(path)->path);
    CHECK_FALSE(decision.offersReadOnly());

    AskingWindow asking(OpenChoice::RestoreBackup);
    REQUIRE(asking.window.openFile(path));
    REQUIRE(asking.asked.size() == 1);
    CHECK(asking.asked.constFirst().kind == OpenDecision::Kind::Damaged);
    Store &store = asking.window.workspace()->store();
    CHECK(store.path() != path);
    CHECK(QFileInfo(store.path()).absolutePath() == QFileInfo(path).absolutePath());
    CHECK(QFileInfo(store.path()).fileName().startsWith(QStringLiteral("p restored ")));
    CHECK(hasAgency(store, agencyA.id));
    CHECK_FALSE(store.isReadOnly());
    // The damaged file is as it was.
    CHECK(test::readFile(path) == damage);
}

TEST_CASE("a damaged file with no backup is explained, with nothing to restore", "[reliability][damaged][ui]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    test::writeFile(path, QByteArray("this is not a database at all, just some words in a file"));
    AskingWindow asking(OpenChoice::RestoreBackup);
    CHECK_FALSE(asking.window.openFile(path));
    REQUIRE(asking.asked.size() == 1);
    CHECK(asking.asked.constFirst().kind == OpenDecision::Kind::Damaged);
    CHECK_FALSE(asking.asked.constFirst().offersBackup());
    CHECK(asking.window.workspace() == nullptr);
    CHECK(QDir(dir.root()).entryList(QDir::Files) == QStringList {QStringLiteral("p.boarddesk")});
}

TEST_CASE("a file from a newer BoardDesk is refused untouched, naming both versions", "[reliability][newer][ui]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    makePartnership(path);
    const int newer = Database::currentSchemaVersion() + 1;
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, QStringLiteral("PRAGMA user_version = %1").arg(newer).toUtf8().constData(), nullptr,
                         nullptr, nullptr)
            == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const QByteArray before = test::readFile(path);

    AskingWindow asking(OpenChoice::RestoreBackup);
    CHECK_FALSE(asking.window.openFile(path));
    REQUIRE(asking.asked.size() == 1);
    const OpenDecision &decision = asking.asked.constFirst();
    CHECK(decision.kind == OpenDecision::Kind::NewerSchema);
    CHECK(decision.message.contains(QStringLiteral("schema version %1").arg(newer)));
    CHECK(decision.message.contains(QStringLiteral("schema version %1").arg(newer - 1)));
    CHECK_FALSE(decision.offersBackup());
    CHECK_FALSE(decision.offersReadOnly());
    CHECK(asking.window.workspace() == nullptr);
    CHECK(test::readFile(path) == before);
    CHECK_FALSE(DatabaseLock::holder(path).has_value()); // the refused file's lock was let go
}

TEST_CASE("opening takes the day's backup, the hourly check the next day's, keeping the setting's number",
          "[reliability][backup][ui]")
{
    KeepCountGuard guard;
    setBackupKeepCount(2);
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    makePartnership(path);
    CHECK(listBackups(path).isEmpty());

    const QDateTime opened(QDate(2026, 11, 20), QTime(9, 0));
    QDateTime day = opened;
    const ClockOverride clock([&day] { return day; });
    MainWindow window;
    REQUIRE(window.openFile(path));
    AutomaticBackups *automatic = window.automaticBackups();
    REQUIRE(automatic);
    // The copy is made on a worker: opening returns before it is done, and the window can go
    // on (a 20-year file's copy takes seconds).
    CHECK(automatic->isRunning());
    QSignalSpy taken(automatic, &AutomaticBackups::backupTaken);
    REQUIRE(taken.wait(10000));
    CHECK_FALSE(automatic->isRunning());
    QList<BackupInfo> backups = listBackups(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.constFirst().kind == BackupKind::Automatic);
    CHECK(backups.constFirst().takenAt.date() == opened.date());
    CHECK(QFileInfo(backups.constFirst().path).absolutePath() == QDir(backupFolderFor(path)).absolutePath());

    CHECK(automatic->timer()->isActive());
    CHECK(automatic->timer()->interval() <= 24 * 60 * 60 * 1000);
    automatic->timer()->setInterval(10);
    for (int days = 1; days <= 3; ++days) {
        day = opened.addDays(days);
        REQUIRE(taken.wait(10000));
    }
    backups = listBackups(path);
    CHECK(backups.size() == 2); // the newest two of four
    CHECK(backups.constFirst().takenAt.date() == opened.date().addDays(3));
}

TEST_CASE("closing the file waits for a backup under way, which is then whole", "[reliability][backup][ui]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    makePartnership(path);
    const ClockOverride clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    {
        MainWindow window;
        REQUIRE(window.openFile(path));
        REQUIRE(window.automaticBackups());
        CHECK(window.automaticBackups()->isRunning());
    } // closed at once, while the copy is under way
    const QList<BackupInfo> backups = listBackups(path);
    REQUIRE(backups.size() == 1);
    CHECK(Database::verifyCopy(backups.constFirst().path).ok());
    CHECK_FALSE(QFileInfo::exists(backups.constFirst().path + QStringLiteral(".partial")));
}

TEST_CASE("the settings page sets how many daily backups are kept", "[reliability][backup][ui]")
{
    KeepCountGuard guard;
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    makePartnership(path);
    MainWindow window;
    REQUIRE(window.openFile(path));
    auto *keep = window.partnershipView()->settingsPage()->findChild<QSpinBox *>(QStringLiteral("backupKeepBox"));
    REQUIRE(keep);
    CHECK(keep->value() == BackupRotation::defaultKeep);
    keep->setValue(30);
    CHECK(backupKeepCount() == 30);
}

TEST_CASE("restoring a backup puts it in place, keeps the file as it was, and keeps the lock",
          "[reliability][restore][ui]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    makePartnership(path);
    const ClockOverride clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    MainWindow window;
    REQUIRE(window.openFile(path)); // takes today's backup: agency A only
    REQUIRE(window.automaticBackups());
    window.automaticBackups()->waitForFinished();
    REQUIRE(window.workspace()->push(
        new SaveRecordCommand<Agency>(*window.workspace(), QStringLiteral("Add agency"), std::nullopt, agencyB)));
    REQUIRE(hasAgency(window.workspace()->store(), agencyB.id));

    RestoreBackupDialog dialog(path);
    REQUIRE(dialog.list()->topLevelItemCount() == 1);
    CHECK(dialog.list()->topLevelItem(0)->text(0).contains(QStringLiteral("2026")));
    CHECK_FALSE(dialog.list()->topLevelItem(0)->text(1).isEmpty()); // its size
    const QString backup = dialog.selectedBackup();
    REQUIRE(backup == listBackups(path).constFirst().path);

    REQUIRE(window.restoreBackup(backup));
    Store &store = window.workspace()->store();
    CHECK(store.path() == path);
    CHECK(hasAgency(store, agencyA.id));
    CHECK_FALSE(hasAgency(store, agencyB.id));
    CHECK(window.holdsLock());

    // The file as it was (with agency B) is kept, and listed.
    const QList<BackupInfo> backups = listBackups(path);
    REQUIRE(backups.size() == 2);
    CHECK(backups.at(0).takenAt >= backups.at(1).takenAt); // newest first
    const auto kept = std::find_if(backups.cbegin(), backups.cend(),
                                   [](const BackupInfo &info) { return info.kind == BackupKind::BeforeRestore; });
    REQUIRE(kept != backups.cend());
    auto before = Store::open(kept->path, {.readOnly = true, .create = false});
    REQUIRE(before.ok());
    CHECK(hasAgency(**before, agencyB.id));
}

TEST_CASE("the audit log lists every change newest first, filters, and exports what it shows",
          "[reliability][audit][ui]")
{
    test::FreshStore fresh;
    Store &store = *fresh.store;
    REQUIRE(store.insert(agencyA).ok());
    REQUIRE(store.insert(agencyB).ok());
    Agency renamed = agencyA;
    renamed.name = QStringLiteral("<b>First</b> Agency, renamed");
    REQUIRE(store.update(renamed).ok());

    AuditLogDialog dialog(store);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    AuditLogModel *model = dialog.model();
    REQUIRE(model->rowCount() >= 3);
    CHECK(model->columnCount() == AuditLogModel::ColumnCount);
    // Newest first.
    for (int row = 1; row < model->rowCount(); ++row)
        CHECK(model->entries().at(row - 1).id > model->entries().at(row).id);
    // Each change as a sentence, the record by its name, its fields before and after.
    CHECK(model->index(0, AuditLogModel::Record).data().toString() == QStringLiteral("<b>First</b> Agency, renamed"));
    CHECK(model->index(0, AuditLogModel::Kind).data().toString() == QStringLiteral("Agency"));
    CHECK(model->index(0, AuditLogModel::User).data().toString() == currentOsUser());
    CHECK(model->index(0, AuditLogModel::Change).data().toString()
          == currentOsUser()
              + QStringLiteral(" changed the name of the agency \u201c<b>First</b> Agency, renamed\u201d."));
    REQUIRE(dialog.fieldTable()->rowCount() == 1);
    CHECK(dialog.fieldTable()->item(0, 0)->text() == QStringLiteral("Name"));
    CHECK(dialog.fieldTable()->item(0, 1)->text() == agencyA.name);
    CHECK(dialog.fieldTable()->item(0, 2)->text() == QStringLiteral("<b>First</b> Agency, renamed"));
    // Typed text is never read as HTML in a tooltip.
    CHECK_FALSE(
        model->index(0, AuditLogModel::Record).data(Qt::ToolTipRole).toString().contains(QStringLiteral("<b>")));

    // By kind of record and user, and by date.
    dialog.kindFilter()->setCurrentIndex(dialog.kindFilter()->findData(QStringLiteral("agency")));
    CHECK(dialog.filtered()->rowCount() == 3);
    dialog.userFilter()->setCurrentIndex(dialog.userFilter()->findText(QStringLiteral("nobody")));
    CHECK(dialog.userFilter()->currentIndex() == -1);
    dialog.userFilter()->setCurrentIndex(dialog.userFilter()->findData(currentOsUser()));
    CHECK(dialog.filtered()->rowCount() == 3);
    dialog.fromFilter()->setDate(Clock::today().addDays(1));
    CHECK(dialog.filtered()->rowCount() == 0);
    dialog.fromFilter()->setDate(QDate());
    dialog.kindFilter()->setCurrentIndex(0);
    dialog.userFilter()->setCurrentIndex(0);
    CHECK(dialog.filtered()->rowCount() == model->rowCount());

    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("SECOND"));
    REQUIRE(dialog.filtered()->rowCount() >= 1);
    CHECK(dialog.filtered()->rowCount() < model->rowCount());
    for (const AuditEntry &entry : dialog.shownEntries())
        CHECK((entry.recordKey == agencyB.id || entry.after.contains(QStringLiteral("Second"))));

    test::TempDir dir;
    const QString csv = dir.path(QStringLiteral("audit.csv"));
    REQUIRE(dialog.exportTo(csv).ok());
    const QString csvText = QString::fromUtf8(test::readFile(csv));
    CHECK(csvText.startsWith(QStringLiteral("id,at,user,kind,record,action,before,after")));
    CHECK(csvText.contains(agencyB.id));
    CHECK_FALSE(csvText.contains(QStringLiteral("renamed"))); // filtered out

    dialog.filterEdit()->clear();
    const QString json = dir.path(QStringLiteral("audit.json"));
    REQUIRE(dialog.exportTo(json).ok());
    CHECK(QJsonDocument::fromJson(test::readFile(json)).array().size() == model->rowCount());
    CHECK_FALSE(dialog.exportTo(dir.path(QStringLiteral("audit.txt"))).ok());
}

TEST_CASE("the minutes export's Leave out people's names keeps every name out of the file", "[privacy][minutes][ui]")
{
    test::FreshStore fresh;
    REQUIRE(importArchive(*fresh.store, test::demoArchive(), QStringLiteral("northvale.json"), false).ok());
    const Id meetingId = QStringLiteral("board-2024-12-10");
    auto meeting = fresh.store->get<Meeting>(meetingId);
    REQUIRE(meeting.ok());
    REQUIRE(meeting->has_value());
    QStringList names;
    for (const Attendance &row : (*meeting)->attendance) {
        auto person = fresh.store->get<Person>(row.person);
        if (person && person->has_value())
            names << (*person)->name;
    }
    REQUIRE(names.size() >= 2);

    test::TempDir dir;
    const auto exportWith = [&](bool leaveOut, const QString &file) {
        MinutesExportDialog dialog(*fresh.store, meetingId);
        dialog.pathEdit()->setText(dir.path(file));
        QCheckBox *box = dialog.leaveOutNamesBox();
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("names")));
        box->setChecked(leaveOut);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        CHECK(dialog.written() == dir.path(file));
        return QString::fromUtf8(test::readFile(dir.path(file)));
    };
    const QString named = exportWith(false, QStringLiteral("named.html"));
    for (const QString &name : names)
        CHECK(named.contains(name.toHtmlEscaped()));
    const QString anonymous = exportWith(true, QStringLiteral("public.html"));
    CHECK(anonymous.contains(QStringLiteral("10 December 2024")));
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK_FALSE(anonymous.contains(name.toHtmlEscaped()));
    }
    QSettings().remove(QStringLiteral("exports"));
}
