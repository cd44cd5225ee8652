// A helper process for the reliability tests, run and killed by them:
//   boarddesk_crashchild edit DB SEED RUN COUNT   make COUNT edits of CrashScript(SEED, RUN), each its
//                                                 own transaction; after each one is committed, print
//                                                 "COMMITTED <n> <what>" (COUNT 0: forever)
//   boarddesk_crashchild hold-lock DB             take DB's DatabaseLock, print "LOCKED <pid>", hold it
//                                                 until standard input closes
//   boarddesk_crashchild open DB                  open DB and print how: "OPENED <read-only reason> <message>"
//                                                 or "REFUSED <message>"
#include "crashscript.h"

#include "store/lock.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace bd;

namespace {

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    const QByteArray bytes = message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    return 2;
}

int edit(const QString &path, quint64 seed, int run, int count)
{
    auto store = Store::open(path);
    if (!store)
        return fail(store.errorMessage());
    test::CrashScript script(seed, run);
    for (int i = 0; count == 0 || i < count; ++i) {
        const test::CrashEdit next = script.next();
        if (auto done = test::CrashScript::apply(**store, next); !done)
            return fail(QStringLiteral("edit %1 (%2) failed: %3").arg(i).arg(next.describe(), done.errorMessage()));
        say(QStringLiteral("COMMITTED %1 %2").arg(i).arg(next.describe()));
    }
    return 0;
}

int holdLock(const QString &path)
{
    auto lock = DatabaseLock::acquire(path);
    if (!lock)
        return fail(lock.errorMessage());
    say(QStringLiteral("LOCKED %1").arg(QCoreApplication::applicationPid()));
    QFile in;
    if (in.open(stdin, QIODevice::ReadOnly))
        in.readAll(); // until the test closes our input
    return 0;
}

int open(const QString &path)
{
    auto store = Store::open(path);
    if (!store) {
        say(QStringLiteral("REFUSED ") + store.errorMessage());
        return 0;
    }
    const OpenReport &report = (*store)->database().openReport();
    say(QStringLiteral("OPENED %1 %2").arg(int(report.readOnlyReason)).arg(report.readOnlyMessage));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    const QString path = args.value(1);
    if (mode == QLatin1String("edit") && args.size() == 5)
        return edit(path, args.at(2).toULongLong(), args.at(3).toInt(), args.at(4).toInt());
    if (mode == QLatin1String("hold-lock") && args.size() == 2)
        return holdLock(path);
    if (mode == QLatin1String("open") && args.size() == 2)
        return open(path);
    return fail(QStringLiteral("usage: boarddesk_crashchild edit DB SEED RUN COUNT | hold-lock DB | open DB"));
}
