// Nothing lost, nothing leaked (issue 5): a busy database, one user at a time, files that
// must not be trusted, a full disk, failed exports, backups and their rotation, and files
// only their owner can read.
#include "crashscript.h"
#include "fixtures.h"
#include "reliabilitysupport.h"
#include "sample.h"
#include "skip.h"
#include "testpaths.h"

#include "archive/archive.h"
#include "archive/transfer.h"
#include "store/backups.h"
#include "store/lock.h"
#include "store/store.h"
#include "util/outputtarget.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>

#include <sqlite3.h>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace bd;
using bd::test::FileState;
using bd::test::TempDir;

namespace {

constexpr QFileDevice::Permissions groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

bool ownerOnly(const QString &path)
{
    return QFileInfo::exists(path) && (QFileInfo(path).permissions() & groupOrOther) == 0;
}

// A database holding the sample partnership and a meeting of many bullets, closed (so its
// log is written into it and removed).
void makeDatabase(const QString &path)
{
    auto store = Store::open(path);
    REQUIRE(store.ok());
    REQUIRE((*store)->replaceAll(test::samplePartnership()).ok());
    Meeting big;
    big.id = QStringLiteral("m.big");
    big.body = QStringLiteral("board");
    big.date = QDate(2019, 1, 15);
    for (int i = 0; i < 200; ++i)
        big.entries << Entry {
            0, EntryKind::Did, QStringLiteral("Bullet %1: ").arg(i) + QString(200, QLatin1Char('x')), {}, {}};
    REQUIRE((*store)->insert(big).ok());
}

} // namespace

namespace bd::test {
// A copy of \a from at \a to, owner-only, as the program's own files are.
bool copyOwnerOnly(const QString &from, const QString &to)
{
    return QFile::copy(from, to) && QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
} // namespace bd::test

namespace {

int sqliteExec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

// Opens a file the test made read-only, or whose folder it made read-only; puts the
// permissions back afterwards so the temporary folder can be removed.
struct Permissions {
    QString path;
    QFileDevice::Permissions saved;
    Permissions(QString p, QFileDevice::Permissions to)
        : path(std::move(p))
        , saved(QFileInfo(path).permissions())
    {
        REQUIRE(QFile::setPermissions(path, to));
    }
    ~Permissions() { QFile::setPermissions(path, saved); }
};

} // namespace

// Busy ---------------------------------------------------------------------------------------

TEST_CASE("a write while another program holds the write lock says busy, try again; nothing is lost",
          "[reliability][busy]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("busy.boarddesk"));
    auto store = Store::open(path, {.busyTimeoutMs = 200});
    REQUIRE(store.ok());
    REQUIRE((*store)->setPartnership({QStringLiteral("Busy Partnership"), {}, {}, {}, {}}).ok());

    // Another program starts a write and keeps it open longer than the busy timeout.
    sqlite3 *other = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &other) == SQLITE_OK);
    REQUIRE(sqliteExec(other, "BEGIN IMMEDIATE") == SQLITE_OK);

    const Agency agency {QStringLiteral("a.busy"), QStringLiteral("Busy Agency"), QString(), Sector::Other};
    auto refused = (*store)->insert(agency);
    REQUIRE_FALSE(refused.ok());
    const QString message = refused.errorMessage();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("busy")));
    CHECK(message.contains(QStringLiteral("Try again")));
    CHECK(message.contains(QStringLiteral("busy.boarddesk")));
    // Reading still works, and shows that nothing was written.
    auto absent = (*store)->get<Agency>(agency.id);
    REQUIRE(absent.ok());
    CHECK_FALSE(absent->has_value());

    // When the other program is done, the same write goes through, and what was there still is.
    REQUIRE(sqliteExec(other, "COMMIT") == SQLITE_OK);
    sqlite3_close(other);
    auto saved = (*store)->insert(agency);
    INFO(saved.errorMessage().toStdString());
    REQUIRE(saved.ok());
    auto present = (*store)->get<Agency>(agency.id);
    REQUIRE(present.ok());
    CHECK(present->value() == agency);
    CHECK((*store)->partnership()->name == QStringLiteral("Busy Partnership"));
    CHECK((*store)->database().check()->isEmpty());
}

// One user at a time ------------------------------------------------------------------------------

TEST_CASE("a second program is told who holds a database; a lock left by a killed program is taken over",
          "[reliability][lock]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.boarddesk"));
    const QString lockPath = DatabaseLock::lockPathFor(path);

    QProcess child;
    test::startChild(child, {QStringLiteral("hold-lock"), path});
    QByteArray out;
    INFO(QString::fromUtf8(child.readAllStandardError()).toStdString());
    REQUIRE(test::waitForLines(child, out, 1));
    REQUIRE(out.startsWith("LOCKED "));

    // Who holds it: the child, with our user name, on this computer, since a moment ago.
    const auto holder = DatabaseLock::holder(path);
    REQUIRE(holder.has_value());
    CHECK(holder->pid == child.processId());
    CHECK(holder->user == currentOsUser());
    CHECK(holder->user.startsWith(test::systemAccount())); // the system's account, not the environment's
    CHECK(holder->host == QSysInfo::machineHostName());
    REQUIRE(holder->since.isValid());
    CHECK(qAbs(holder->since.secsTo(QDateTime::currentDateTime())) < 600);
    CHECK(ownerOnly(lockPath));

    // A second program cannot take it, and is told who has it.
    {
        auto second = DatabaseLock::acquire(path);
        REQUIRE_FALSE(second.ok());
        const QString message = second.errorMessage();
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("shared.boarddesk")));
        CHECK(message.contains(QString::number(child.processId())));
        if (!currentOsUser().isEmpty())
            CHECK(message.contains(currentOsUser()));
    }

    // Killed, it leaves its lock file behind; nobody holds it, and the next program takes it.
    child.kill();
    REQUIRE(child.waitForFinished(10000));
    REQUIRE(QFileInfo::exists(lockPath));
    CHECK_FALSE(DatabaseLock::holder(path).has_value());
    auto taken = DatabaseLock::acquire(path);
    INFO(taken.errorMessage().toStdString());
    REQUIRE(taken.ok());
    const auto now = DatabaseLock::holder(path);
    REQUIRE(now.has_value());
    CHECK(now->pid == QCoreApplication::applicationPid());
    CHECK(ownerOnly(lockPath));

    taken->release();
    CHECK_FALSE(QFileInfo::exists(lockPath));
    CHECK_FALSE(DatabaseLock::holder(path).has_value());
}

TEST_CASE("a program that closes the database lets go of its lock", "[reliability][lock]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.boarddesk"));
    QProcess child;
    test::startChild(child, {QStringLiteral("hold-lock"), path});
    QByteArray out;
    REQUIRE(test::waitForLines(child, out, 1));
    CHECK_FALSE(DatabaseLock::acquire(path).ok());
    child.closeWriteChannel(); // the child's cue to close
    REQUIRE(child.waitForFinished(10000));
    CHECK(child.exitCode() == 0);
    CHECK_FALSE(DatabaseLock::holder(path).has_value());
    CHECK(DatabaseLock::acquire(path).ok());

    // In one program too, the second of two locks waits for the first.
    auto first = DatabaseLock::acquire(path);
    REQUIRE(first.ok());
    CHECK_FALSE(DatabaseLock::acquire(path).ok());
    first->release();
    CHECK(DatabaseLock::acquire(path).ok());
}

// Opening checks ------------------------------------------------------------------------------

TEST_CASE("files that cannot be trusted are refused with a clear message and never changed", "[reliability][open]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("suspect.boarddesk"));
    QString expected;

    SECTION("4 KiB of random bytes")
    {
        QByteArray junk(4096, '\0');
        QRandomGenerator random(test::testSeed("random file"));
        for (char &c : junk)
            c = char(random.bounded(256));
        test::writeFile(path, junk);
        expected = QStringLiteral("not a BoardDesk database");
    }
    SECTION("an empty file")
    {
        test::writeFile(path, QByteArray());
        expected = QStringLiteral("empty");
    }
    SECTION("a copy of a real database that was cut short")
    {
        const QString whole = dir.path(QStringLiteral("whole.boarddesk"));
        makeDatabase(whole);
        const QByteArray bytes = test::readFile(whole);
        REQUIRE(bytes.size() > 40000);
        SECTION("at a page boundary")
        {
            test::writeFile(path, bytes.left(8 * 4096));
        }
        SECTION("anywhere")
        {
            test::writeFile(path, bytes.left(bytes.size() / 2 + 123));
        }
        expected = QStringLiteral("shorter than its header says");
    }
    SECTION("a database with a damaged page in the middle (found by quick_check)")
    {
        makeDatabase(path);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 10 * 4096);
        file.seek(3 * 4096);
        file.write(QByteArray(3 * 4096, '\x5a'));
        file.close();
        expected = QStringLiteral("is damaged");
    }
    SECTION("a database from a newer BoardDesk")
    {
        makeDatabase(path);
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(Database::currentSchemaVersion() + 1);
        REQUIRE(sqliteExec(db, sql.constData()) == SQLITE_OK);
        sqlite3_close(db);
        expected = QStringLiteral("newer BoardDesk");
    }

    const FileState before = test::fileState(path);
    const QStringList filesBefore = filesIn(dir.root());
    auto opened = Store::open(path);
    REQUIRE_FALSE(opened.ok());
    const QString message = opened.errorMessage();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("suspect.boarddesk")));
    CHECK(message.contains(expected));
    CHECK(test::fileState(path) == before);
    CHECK(filesIn(dir.root()) == filesBefore);
}

TEST_CASE("a damaged database's message offers its newest backup", "[reliability][open][backup]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("precious.boarddesk"));
    makeDatabase(path);
    QString backup;
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        auto taken = BackupRotation::runIfDue(**db, QString(), 14, QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
        REQUIRE(taken.ok());
        backup = *taken;
    }
    const QByteArray bytes = test::readFile(path);
    test::writeFile(path, bytes.left(bytes.size() / 3));

    auto opened = Store::open(path);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.errorMessage().toStdString());
    CHECK(opened.errorMessage().contains(QDir::toNativeSeparators(backup)));
    REQUIRE(newestBackup(path).has_value());
    CHECK(newestBackup(path)->path == QFileInfo(backup).absoluteFilePath());
}

TEST_CASE("a read-only file opens read-only, says why, and is not changed", "[reliability][open]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("readonly.boarddesk"));
    makeDatabase(path);
    Permissions readOnly(path, QFileDevice::ReadOwner); // chmod 0400
    const FileState before = test::fileState(path);

    {
        auto store = Store::open(path);
        INFO(store.errorMessage().toStdString());
        REQUIRE(store.ok());
        CHECK((*store)->isReadOnly());
        const OpenReport &report = (*store)->database().openReport();
        CHECK(report.readOnlyReason == ReadOnlyReason::FileNotWritable);
        CHECK(report.readOnlyMessage.contains(QStringLiteral("readonly.boarddesk")));
        CHECK(report.readOnlyMessage.contains(QStringLiteral("read-only")));
        // Readable, not writable.
        CHECK((*store)->partnership()->name == test::samplePartnership().partnership.name);
        auto written = (*store)->insert(Agency {QStringLiteral("x"), QStringLiteral("X"), {}, Sector::Other});
        CHECK_FALSE(written.ok());
    }
    CHECK(test::fileState(path) == before);
}

TEST_CASE("a database in a folder that cannot be written opens read-only, or is refused when its log cannot be read",
          "[reliability][open]")
{
    TempDir dir;
    const QString folder = dir.path(QStringLiteral("locked-folder"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/partnership.boarddesk");
    makeDatabase(path);
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));

    SECTION("with its log written in: read-only, from the folder as it is")
    {
        const FileState before = test::fileState(path);
        const QStringList filesBefore = filesIn(folder);
        {
            Permissions readOnly(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner); // chmod 0500
            auto store = Store::open(path);
            INFO(store.errorMessage().toStdString());
            REQUIRE(store.ok());
            CHECK((*store)->isReadOnly());
            const OpenReport &report = (*store)->database().openReport();
            CHECK(report.readOnlyReason == ReadOnlyReason::FolderNotWritable);
            CHECK(report.readOnlyMessage.contains(QStringLiteral("partnership.boarddesk")));
            auto meeting = (*store)->get<Meeting>(QStringLiteral("m.big"));
            REQUIRE(meeting.ok());
            REQUIRE(meeting->has_value());
            CHECK((*meeting)->entries.size() == 200);
        }
        CHECK(test::fileState(path) == before);
        CHECK(filesIn(folder) == filesBefore);
    }
    SECTION("with changes still in its log: refused, untouched")
    {
        // A program stopped before its log was written into the database (the log and the
        // database copied as they were).
        const QString source = dir.path(QStringLiteral("source.boarddesk"));
        makeDatabase(source);
        sqlite3 *writer = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(source).constData(), &writer) == SQLITE_OK);
        REQUIRE(sqliteExec(writer, "PRAGMA wal_autocheckpoint = 0; UPDATE partnership SET name = 'Changed'")
                == SQLITE_OK);
        QFile::remove(path);
        REQUIRE(QFile::copy(source, path));
        REQUIRE(QFile::copy(source + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        sqlite3_close(writer);
        REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

        const FileState before = test::fileState(path);
        const FileState logBefore = test::fileState(path + QStringLiteral("-wal"));
        const QStringList filesBefore = filesIn(folder);
        {
            Permissions readOnly(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            auto store = Store::open(path);
            REQUIRE_FALSE(store.ok());
            INFO(store.errorMessage().toStdString());
            CHECK(store.errorMessage().contains(QStringLiteral("partnership.boarddesk")));
            CHECK(store.errorMessage().contains(QStringLiteral("cannot be written")));
        }
        CHECK(test::fileState(path) == before);
        CHECK(test::fileState(path + QStringLiteral("-wal")) == logBefore);
        CHECK(filesIn(folder) == filesBefore);
    }
}

TEST_CASE("as an ordinary user, read-only files and folders are opened read-only by SQLite's own rules",
          "[reliability][open]")
{
    // The tests above, where the operating system really refuses: as root it never does, so
    // run the open in a child process that is not root.
    if (::geteuid() != 0) {
        SUCCEED("not root: the tests above already ran with real permissions");
        return;
    }
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        BD_SKIP("setpriv (util-linux) is missing: not run as an ordinary user");
    TempDir dir;
    const QString folder = dir.path(QStringLiteral("data"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/partnership.boarddesk");
    makeDatabase(path);
    auto chown = [](const QString &p) { REQUIRE(::chown(QFile::encodeName(p).constData(), 65534, 65534) == 0); };
    chown(dir.root());
    chown(folder);
    chown(path);
    auto openAsNobody = [&] {
        QProcess child;
        child.start(setpriv,
                    {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                     QStringLiteral(BOARDDESK_CRASHCHILD_PATH), QStringLiteral("open"), path});
        REQUIRE(child.waitForFinished(20000));
        INFO(QString::fromUtf8(child.readAllStandardError()).toStdString());
        return QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    };

    const FileState before = test::fileState(path);
    const QString filesBefore = filesIn(folder).join(QLatin1Char(' '));
    {
        Permissions readOnly(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const QString said = openAsNobody();
        INFO(said.toStdString());
        CHECK(said.startsWith(QStringLiteral("OPENED %1 ").arg(int(ReadOnlyReason::FolderNotWritable))));
        CHECK(filesIn(folder).join(QLatin1Char(' ')).toStdString() == filesBefore.toStdString());
    }
    {
        Permissions readOnly(path, QFileDevice::ReadOwner);
        const QString said = openAsNobody();
        INFO(said.toStdString());
        CHECK(said.startsWith(QStringLiteral("OPENED %1 ").arg(int(ReadOnlyReason::FileNotWritable))));
    }
    {
        Permissions readOnly(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const QString said = openAsNobody();
        INFO(said.toStdString());
        CHECK(said.startsWith(QStringLiteral("OPENED %1 ").arg(int(ReadOnlyReason::FolderNotWritable))));
    }
    // The log and shared-memory files of another account's session (here root's, owner-only,
    // as SQLite makes them): SQLite can read nothing then. Refused naming the file and its
    // owner, not called damaged.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString companion = path + suffix;
        const QFile::Permissions had = QFile::permissions(companion);
        test::writeFile(companion, QByteArray());
        REQUIRE(::chown(QFile::encodeName(companion).constData(), 0, 0) == 0);
        REQUIRE(QFile::setPermissions(companion, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QString said = openAsNobody();
        INFO(said.toStdString());
        CHECK(said.startsWith(QStringLiteral("REFUSED ")));
        CHECK(said.contains(QStringLiteral("%1, belongs to root").arg(companion)));
        CHECK_FALSE(said.contains(QStringLiteral("damaged")));
        if (had)
            chown(companion); // as nobody left it
        else
            REQUIRE(QFile::remove(companion));
    }
    CHECK(test::fileState(path) == before);
}

// A full disk --------------------------------------------------------------------------------------

TEST_CASE("an edit bigger than the space left is refused as a full disk, and nothing is lost", "[reliability][full]")
{
    test::FreshStore f;
    REQUIRE(f.store->replaceAll(test::samplePartnership()).ok());
    const auto before = f.store->loadAll();
    REQUIRE(before.ok());

    Database &db = f.store->database();
    const qint64 pages = db.scalar(QStringLiteral("PRAGMA page_count"))->toLongLong();
    REQUIRE(db.setMaxPageCountForTesting(pages + 4).ok());

    Meeting big;
    big.id = QStringLiteral("m.megabyte");
    big.body = QStringLiteral("board");
    big.date = QDate(2019, 2, 12);
    // Close to a megabyte, within the limits of one meeting (domain/limits.h).
    for (int i = 0; i < 60; ++i)
        big.entries << Entry {0, EntryKind::Did, QString(16 * 1024, QLatin1Char('a' + i % 26)), {}, {}};
    auto refused = f.store->insert(big);
    REQUIRE_FALSE(refused.ok());
    const QString message = refused.errorMessage();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("The disk is full; the change was not saved")));
    CHECK(message.contains(QStringLiteral("test.boarddesk")));

    // Sound, with what it held before, and nothing of the refused meeting.
    auto problems = db.check();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    const auto after = f.store->loadAll();
    REQUIRE(after.ok());
    CHECK(*after == *before);
    CHECK_FALSE(f.store->get<Meeting>(big.id)->has_value());

    // With room again, the same edit is saved.
    REQUIRE(db.setMaxPageCountForTesting(1000000).ok());
    CHECK(f.store->insert(big).ok());
}

TEST_CASE("a failed export leaves the old file as it was and nothing else behind", "[reliability][full]")
{
    TempDir dir;
    const QString folder = dir.path(QStringLiteral("exports"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/archive.json");
    test::writeFile(path, QByteArrayLiteral("{\"the old export\": true}\n"));
    const FileState before = test::fileState(path);
    const QByteArray big(1024 * 1024, 'x');

    SECTION("the disk fills up half-way")
    {
        // Files this process writes may not grow past 64 KiB, as on a disk with 64 KiB left.
        struct rlimit saved { };
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = saved;
        small.rlim_cur = 64 * 1024;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        auto written = writeOutputFile(path, big);
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);
        REQUIRE_FALSE(written.ok());
        INFO(written.errorMessage().toStdString());
        CHECK(written.errorMessage().contains(QStringLiteral("archive.json")));
    }
    SECTION("the target is a folder")
    {
        const QString target = folder + QStringLiteral("/a-folder.json");
        REQUIRE(QDir().mkpath(target));
        auto written = writeOutputFile(target, big);
        REQUIRE_FALSE(written.ok());
        CHECK(QFileInfo(target).isDir());
        QDir(target).removeRecursively();
    }
    SECTION("the folder does not exist")
    {
        auto written = writeOutputFile(folder + QStringLiteral("/missing/archive.json"), big);
        REQUIRE_FALSE(written.ok());
    }
    CHECK(test::fileState(path) == before);
    CHECK(filesIn(folder) == QStringList {QStringLiteral("archive.json")});
}

// Backups ---------------------------------------------------------------------------------------

TEST_CASE("the backup before a migration exists, is sound, and opens", "[reliability][backup]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.boarddesk"));
    REQUIRE(QFile::copy(QStringLiteral(BOARDDESK_TEST_DATA "/schema-v1.boarddesk"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString backup;
    {
        auto store = Store::open(path);
        REQUIRE(store.ok());
        backup = (*store)->database().openReport().backupPath;
    }
    REQUIRE(QFileInfo::exists(backup));
    CHECK(ownerOnly(backup));
    auto verified = Database::verifyCopy(backup);
    INFO(verified.errorMessage().toStdString());
    REQUIRE(verified.ok());
    CHECK(*verified == 1);
    const auto listed = listBackups(path);
    REQUIRE(listed.size() == 1);
    CHECK(listed.constFirst().kind == BackupKind::BeforeUpgrade);

    // It opens (a copy of it is upgraded in turn) with the records it held.
    const QString copy = dir.path(QStringLiteral("restored.boarddesk"));
    REQUIRE(QFile::copy(backup, copy));
    auto reopened = Store::open(copy);
    INFO(reopened.errorMessage().toStdString());
    REQUIRE(reopened.ok());
    auto meeting = (*reopened)->get<Meeting>(QStringLiteral("m1"));
    REQUIRE(meeting.ok());
    CHECK(meeting->has_value());
}

TEST_CASE("the backup before an import --replace exists, is sound, and opens with the old records",
          "[reliability][backup]")
{
    test::FreshStore f;
    REQUIRE(f.store->replaceAll(test::samplePartnership()).ok());
    auto imported = importArchive(*f.store, test::demoArchive(), QStringLiteral("northvale.json"), true);
    INFO(imported.errorMessage().toStdString());
    REQUIRE(imported.ok());
    const QString backup = imported->backupPath;
    REQUIRE(QFileInfo::exists(backup));
    CHECK(ownerOnly(backup));
    REQUIRE(Database::verifyCopy(backup).ok());
    CHECK(newestBackup(f.path())->kind == BackupKind::BeforeImport);

    auto old = Store::open(backup, {.readOnly = true, .create = false});
    INFO(old.errorMessage().toStdString());
    REQUIRE(old.ok());
    CHECK((*old)->partnership()->name == test::samplePartnership().partnership.name);
    CHECK((*old)->database().check()->isEmpty());
}

TEST_CASE("automatic backups: one a day, the newest 14 kept, owner-only, listed newest first", "[reliability][backup]")
{
    test::FreshStore f;
    REQUIRE(f.store->replaceAll(test::samplePartnership()).ok());
    Database &db = f.store->database();
    const QDateTime first(QDate(2026, 11, 1), QTime(8, 30));

    for (int day = 0; day < 20; ++day) {
        const QDateTime morning = first.addDays(day);
        auto taken = BackupRotation::runIfDue(db, QString(), 14, morning);
        INFO("day " << day << ": " << taken.errorMessage().toStdString());
        REQUIRE(taken.ok());
        CHECK(QFileInfo(*taken).fileName() == morning.date().toString(Qt::ISODate) + QStringLiteral(".boarddesk"));
        // Later the same day: not due.
        auto again = BackupRotation::runIfDue(db, QString(), 14, morning.addSecs(6 * 3600));
        REQUIRE(again.ok());
        CHECK(again->isEmpty());
    }

    const QString folder = backupFolderFor(f.path());
    CHECK(QFileInfo(folder).isDir());
    CHECK(ownerOnly(folder));
    const QList<BackupInfo> backups = listBackups(f.path());
    REQUIRE(backups.size() == 14);
    CHECK(QFileInfo(backups.constFirst().path).fileName() == QStringLiteral("2026-11-20.boarddesk"));
    CHECK(QFileInfo(backups.constLast().path).fileName() == QStringLiteral("2026-11-07.boarddesk"));
    for (qsizetype i = 0; i < backups.size(); ++i) {
        CHECK(backups.at(i).kind == BackupKind::Automatic);
        CHECK(ownerOnly(backups.at(i).path));
        if (i > 0)
            CHECK(backups.at(i - 1).takenAt > backups.at(i).takenAt);
    }
    CHECK(Database::verifyCopy(backups.constFirst().path).ok());
    CHECK(Database::verifyCopy(backups.constLast().path).ok());
}

TEST_CASE("restoring a backup checks it, keeps the current file, and replaces it whole", "[reliability][backup]")
{
    TempDir dir;
    const QString source = dir.path(QStringLiteral("source.boarddesk"));
    const QString path = dir.path(QStringLiteral("live.boarddesk"));
    QString backup;
    {
        auto store = Store::open(source);
        REQUIRE(store.ok());
        REQUIRE((*store)->replaceAll(test::samplePartnership()).ok());
        // The day's backup and the restore below read one clock: the backup is taken an hour
        // before the restore, on any day the test runs.
        auto taken = BackupRotation::runIfDue((*store)->database(), backupFolderFor(path), BackupRotation::defaultKeep,
                                              QDateTime(QDate(2026, 11, 22), QTime(9, 15)));
        REQUIRE(taken.ok());
        backup = *taken;
    }
    // The program stopped after a change made since the backup, which is still in the
    // database's log (-wal) only: the database and its log as a crash leaves them.
    {
        sqlite3 *writer = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(source).constData(), &writer) == SQLITE_OK);
        REQUIRE(sqliteExec(writer,
                           "PRAGMA wal_autocheckpoint = 0; "
                           "INSERT INTO agencies (id, name) VALUES ('later', 'Added later')")
                == SQLITE_OK);
        REQUIRE(test::copyOwnerOnly(source, path));
        REQUIRE(test::copyOwnerOnly(source + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        sqlite3_close(writer);
        REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    }

    SECTION("a sound backup")
    {
        auto kept = restoreFromBackup(backup, path, QDateTime(QDate(2026, 11, 22), QTime(10, 15)));
        INFO(kept.errorMessage().toStdString());
        REQUIRE(kept.ok());
        CHECK(QFileInfo(*kept).fileName() == QStringLiteral("live.boarddesk.before-restore-20261122-101500.bak"));
        CHECK(ownerOnly(path));
        CHECK(ownerOnly(*kept));

        auto restored = Store::open(path);
        INFO(restored.errorMessage().toStdString());
        REQUIRE(restored.ok());
        CHECK_FALSE((*restored)->get<Agency>(QStringLiteral("later"))->has_value());
        CHECK((*restored)->partnership()->name == test::samplePartnership().partnership.name);
        CHECK((*restored)->database().check()->isEmpty());

        // The file as it was is kept, with the change made after the backup.
        auto previous = Store::open(*kept, {.readOnly = true, .create = false});
        INFO(previous.errorMessage().toStdString());
        REQUIRE(previous.ok());
        CHECK((*previous)->get<Agency>(QStringLiteral("later"))->has_value());
        CHECK(newestBackup(path)->kind == BackupKind::BeforeRestore);
    }
    SECTION("a damaged backup is refused, and nothing changes")
    {
        const QByteArray bytes = test::readFile(backup);
        const QString damaged = dir.path(QStringLiteral("damaged.boarddesk"));
        QByteArray broken = bytes;
        for (qsizetype i = 2 * 4096; i < 5 * 4096 && i < broken.size(); ++i)
            broken[i] = char(i * 31);
        test::writeFile(damaged, broken);
        const FileState before = test::fileState(path);
        const QStringList filesBefore = filesIn(dir.root());

        auto refused = restoreFromBackup(damaged, path);
        REQUIRE_FALSE(refused.ok());
        INFO(refused.errorMessage().toStdString());
        CHECK(refused.errorMessage().contains(QStringLiteral("live.boarddesk")));
        CHECK(refused.errorMessage().contains(QStringLiteral("damaged.boarddesk")));
        CHECK(test::fileState(path) == before);
        CHECK(filesIn(dir.root()) == filesBefore);
    }
}

TEST_CASE("boarddesk-cli backup while another program writes gives sound, consistent copies", "[reliability][backup]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("busy.boarddesk"));
    PartnershipData base;
    {
        auto store = Store::open(path);
        REQUIRE(store.ok());
        REQUIRE((*store)->replaceAll(test::crashBase()).ok());
        base = *(*store)->loadAll();
        test::normalise(base);
    }
    const quint64 seed = 7;
    QProcess writer;
    test::startChild(writer,
                     {QStringLiteral("edit"), path, QString::number(seed), QStringLiteral("1"), QStringLiteral("0")});
    QByteArray out;

    for (int i = 0; i < 5; ++i) {
        // A backup at a different moment each time, the writer going on meanwhile.
        REQUIRE(test::waitForLines(writer, out, 2 * i + 2));
        const QString copy = dir.path(QStringLiteral("copy-%1.boarddesk").arg(i));
        QProcess cli;
        cli.start(QStringLiteral(BOARDDESK_CLI_EXECUTABLE),
                  {QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("-o"), copy});
        REQUIRE(cli.waitForFinished(60000));
        INFO(QString::fromUtf8(cli.readAllStandardError()).toStdString());
        REQUIRE(cli.exitCode() == 0);
        CHECK(ownerOnly(copy));
        auto verified = Database::verifyCopy(copy);
        INFO(verified.errorMessage().toStdString());
        REQUIRE(verified.ok());
        auto opened = Store::open(copy, {.readOnly = true, .create = false});
        INFO(opened.errorMessage().toStdString());
        REQUIRE(opened.ok());
        CHECK((*opened)->database().check()->isEmpty());

        // Consistent: the database as it was after some number of the writer's edits.
        auto loaded = (*opened)->loadAll();
        REQUIRE(loaded.ok());
        PartnershipData copied = *loaded;
        test::normalise(copied);
        test::CrashScript script(seed, 1);
        PartnershipData state = base;
        bool matched = false;
        const int reported = int(out.count('\n'));
        for (int edits = 0; edits <= reported + 1000 && !matched; ++edits) {
            PartnershipData normalised = state;
            test::normalise(normalised);
            matched = normalised == copied;
            test::CrashScript::applyTo(state, script.next());
        }
        CHECK(matched);
    }
    REQUIRE(test::waitForLines(writer, out, 12)); // still writing
    writer.kill();
    writer.waitForFinished(10000);
    CHECK_FALSE(QString::fromUtf8(writer.readAllStandardError()).contains(QStringLiteral("failed")));
}

// Privacy ---------------------------------------------------------------------------------------

TEST_CASE("the database, its log and shared memory are created owner-only", "[reliability][privacy]")
{
    test::FreshStore f;
    REQUIRE(f.store->replaceAll(test::samplePartnership()).ok());
    CHECK(ownerOnly(f.path()));
    CHECK(ownerOnly(f.path() + QStringLiteral("-wal")));
    CHECK(ownerOnly(f.path() + QStringLiteral("-shm")));
}

TEST_CASE("no program of BoardDesk links Qt's network module", "[reliability][privacy]")
{
    const QString readelf = QStandardPaths::findExecutable(QStringLiteral("readelf"));
    if (readelf.isEmpty())
        BD_SKIP("readelf (binutils) is missing: the linked libraries were not checked");
    const QStringList programs {QCoreApplication::applicationFilePath(), QStringLiteral(BOARDDESK_CLI_EXECUTABLE),
                                QStringLiteral(BOARDDESK_CRASHCHILD_PATH)};
    for (const QString &program : programs) {
        QProcess process;
        process.start(readelf, {QStringLiteral("-d"), program});
        REQUIRE(process.waitForFinished(20000));
        const QString needed = QString::fromUtf8(process.readAllStandardOutput());
        INFO(program.toStdString() << "\n" << needed.toStdString());
        REQUIRE(needed.contains(QStringLiteral("libQt6Core")));
        CHECK_FALSE(needed.contains(QStringLiteral("libQt6Network")));
    }
}
