// Nothing lost: a program killed at any moment (SIGKILL, as in a crash or a power cut of the
// program) leaves a sound database holding every edit it reported saved, each one whole,
// and no edit half made. And a backup taken while another program writes is a sound copy.
#include "crashscript.h"
#include "fixtures.h"
#include "reliabilitysupport.h"

#include "store/store.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QThread>

#include <chrono>

using namespace bd;
using bd::test::TempDir;

namespace {

PartnershipData loadNormalised(Store &store)
{
    auto all = store.loadAll();
    INFO(all.errorMessage().toStdString());
    REQUIRE(all.ok());
    PartnershipData data = *all;
    test::normalise(data);
    return data;
}

// Where two states differ, in words, for a failure message.
QString difference(const PartnershipData &found, const PartnershipData &expected)
{
    QStringList lines;
    QHash<QString, const Meeting *> expectedMeetings;
    for (const Meeting &m : expected.meetings)
        expectedMeetings.insert(m.id, &m);
    for (const Meeting &m : found.meetings) {
        const Meeting *e = expectedMeetings.take(m.id);
        if (!e)
            lines << QStringLiteral("meeting %1 is there but should not be").arg(m.id);
        else if (!(*e == m))
            lines << QStringLiteral("meeting %1 differs (%2 bullets, expected %3)")
                         .arg(m.id)
                         .arg(m.entries.size())
                         .arg(e->entries.size());
    }
    for (const QString &id : expectedMeetings.keys())
        lines << QStringLiteral("meeting %1 is missing").arg(id);
    if (found.actions != expected.actions)
        lines << QStringLiteral("the actions differ (%1 found, %2 expected)")
                     .arg(found.actions.size())
                     .arg(expected.actions.size());
    return lines.join(QStringLiteral("; "));
}

void spinMicroseconds(int us)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(us);
    while (std::chrono::steady_clock::now() < until) { }
}

} // namespace

TEST_CASE("killed at random points 100 times, the database keeps every committed edit whole and none half made",
          "[reliability][crash]")
{
    const quint64 seed = test::testSeed("crash test");
    INFO("seed " << seed);
    QRandomGenerator random(seed);

    TempDir dir;
    const QString path = dir.path(QStringLiteral("crash.boarddesk"));
    PartnershipData model;
    {
        auto store = Store::open(path);
        REQUIRE(store.ok());
        REQUIRE((*store)->replaceAll(test::crashBase()).ok());
        model = loadNormalised(**store);
    }

    int nextSaved = 0; // runs where the edit in progress when killed had been committed
    int nextLost = 0; // and where it had not
    for (int run = 0; run < 100; ++run) {
        const quint64 runSeed = random.generate64();
        INFO("run " << run << ", run seed " << runSeed);

        QProcess child;
        test::startChild(
            child,
            {QStringLiteral("edit"), path, QString::number(runSeed), QString::number(run), QStringLiteral("30")});
        // Kill it after a few committed edits, at a random moment of the next one.
        QByteArray out;
        test::waitForLines(child, out, int(random.bounded(5)));
        spinMicroseconds(int(random.bounded(5000)));
        child.kill();
        REQUIRE(child.waitForFinished(20000));
        out += child.readAllStandardOutput();
        // Killed, or done with its edits; an edit that failed would have ended it with an error.
        INFO("child's errors: " << QString::fromUtf8(child.readAllStandardError()).toStdString());
        REQUIRE((child.exitStatus() == QProcess::CrashExit || child.exitCode() == 0));

        int committed = 0;
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("COMMITTED "))
                ++committed;
        }

        // What the database must hold: every reported edit, and the next one whole or not at all.
        test::CrashScript script(runSeed, run);
        for (int i = 0; i < committed; ++i)
            test::CrashScript::applyTo(model, script.next());
        PartnershipData withNext = model;
        test::CrashScript::applyTo(withNext, script.next());
        test::normalise(model);
        test::normalise(withNext);

        auto store = Store::open(path);
        INFO(store.errorMessage().toStdString());
        REQUIRE(store.ok());
        auto problems = (*store)->database().check();
        REQUIRE(problems.ok());
        INFO(problems->join(QLatin1Char('\n')).toStdString());
        REQUIRE(problems->isEmpty());
        const PartnershipData found = loadNormalised(**store);
        if (found == model) {
            ++nextLost;
        } else if (found == withNext) {
            ++nextSaved;
            model = withNext;
        } else {
            FAIL_CHECK("after " << committed << " reported edits: " << difference(found, model).toStdString());
            FAIL("or, with the next edit: " << difference(found, withNext).toStdString());
        }
    }
    std::cout << "crash test: the edit in progress was saved whole " << nextSaved << " times and not at all "
              << nextLost << " times" << std::endl;
}
