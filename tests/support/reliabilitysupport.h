#pragma once

// Helpers the reliability tests share: the seed of their randomness, the helper process,
// and what a file is (its bytes' hash and modification time).

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <iostream>

namespace bd::test {

// BOARDDESK_TEST_SEED when it is set (to repeat a run), a random one otherwise; printed.
inline quint64 testSeed(const char *what)
{
    bool ok = false;
    quint64 seed = qEnvironmentVariable("BOARDDESK_TEST_SEED").toULongLong(&ok);
    if (!ok)
        seed = QRandomGenerator::global()->generate64();
    std::cout << what << ": seed " << seed << " (BOARDDESK_TEST_SEED=" << seed << " repeats it)" << std::endl;
    return seed;
}

// A file as it is: the hash of its bytes and when it was last changed.
struct FileState {
    QByteArray sha256;
    QDateTime modified;
    qint64 size = -1;
    friend bool operator==(const FileState &, const FileState &) = default;
};

inline FileState fileState(const QString &path)
{
    FileState state;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        state.sha256 = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
        state.size = file.size();
    }
    state.modified = QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
    return state;
}

// Starts the helper process (tests/support/crashchild.cpp).
inline void startChild(QProcess &child, const QStringList &arguments)
{
    child.setProgram(QStringLiteral(BOARDDESK_CRASHCHILD_PATH));
    child.setArguments(arguments);
    child.start();
    REQUIRE(child.waitForStarted(10000));
}

// Waits until the child has printed \a count lines in all (keeping them in \a out); false
// if it ended first.
inline bool waitForLines(QProcess &child, QByteArray &out, int count)
{
    while (out.count('\n') < count) {
        if (child.state() != QProcess::Running && child.bytesAvailable() == 0)
            return false;
        if (!child.waitForReadyRead(20000) && child.bytesAvailable() == 0)
            return false;
        out += child.readAllStandardOutput();
    }
    return true;
}

} // namespace bd::test
