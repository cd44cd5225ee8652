#include "paths.h"

#include <QDir>
#include <QStandardPaths>

namespace bd {

QString defaultDatabasePath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("BoardDesk/partnership.boarddesk"));
}

QString demoArchivePath()
{
    return QStringLiteral(":/boarddesk/demo/northvale.json");
}

} // namespace bd
