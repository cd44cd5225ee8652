#include "fixtures.h"

#include "testpaths.h"

#include <catch2/catch.hpp>

#include <QFile>

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

} // namespace bd::test
