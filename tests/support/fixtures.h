#pragma once

#include "store/store.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace bd::test {

// A fresh temporary folder for one test, removed afterwards.
class TempDir {
public:
    TempDir();
    QString path(const QString &name) const;
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// A new database file with the schema applied, in its own temporary folder.
struct FreshStore {
    TempDir dir;
    std::unique_ptr<Store> store;
    FreshStore();
    QString path() const { return dir.path(QStringLiteral("test.boarddesk")); }
};

// Runs \a sql on the database file \a path with SQLite itself, as another program (or a hand
// with the sqlite3 shell) would: no BoardDesk check, lock or log mark.
void runSqlite(const QString &path, const QByteArray &sql);
QByteArray readFile(const QString &path);
// Everything \a store holds, without the database's own keys (rowIds): what a partnership
// given to it must equal.
PartnershipData storedData(Store &store);
void writeFile(const QString &path, const QByteArray &bytes);
// The demo partnership's archive, as shipped in resources/.
QByteArray demoArchive();
// The name the operating system gives the account running the tests (getpwuid(geteuid())),
// whatever USER says: to compare with the user a change was recorded under.
QString systemAccount();

} // namespace bd::test
