#pragma once

#include <QByteArray>
#include <QDir>
#include <QTemporaryDir>

namespace bd::test {

// A home folder of the test process's own, in a temporary folder that goes with it, set before
// the application object exists. ctest runs test processes side by side: settings, data and
// backups one test writes must not reach another's, nor the user's. The programs the tests
// start (boarddesk-cli) inherit it.
class OwnHome
{
public:
    OwnHome()
    {
        const QString home = m_dir.path();
        qputenv("HOME", QFile::encodeName(home));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/.config")));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/.local/share")));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(home + QStringLiteral("/.cache")));
    }
    bool ok() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir {QDir::tempPath() + QStringLiteral("/boarddesk-home-XXXXXX")};
};

} // namespace bd::test
