#include "fixtures.h"

#include "sample.h"

#include "testpaths.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace bd::test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

FreshStore::FreshStore()
{
    auto opened = Store::open(path());
    INFO(opened.errorMessage().toStdString());
    REQUIRE(opened.ok());
    store = std::move(*opened);
}

void runSqlite(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    INFO(sql.toStdString());
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray demoArchive()
{
    return readFile(QStringLiteral(BOARDDESK_DEMO_ARCHIVE));
}

QString systemAccount()
{
#ifdef Q_OS_UNIX
    const passwd *entry = ::getpwuid(::geteuid());
    REQUIRE(entry);
    return QString::fromLocal8Bit(entry->pw_name);
#else
    FAIL("systemAccount() knows Unix only");
    return QString();
#endif
}

PartnershipData storedData(Store &store)
{
    auto data = store.loadAll();
    REQUIRE(data.ok());
    clearRowIds(*data);
    return *data;
}

} // namespace bd::test
