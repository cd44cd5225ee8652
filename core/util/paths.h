#pragma once

#include <QString>

namespace bd {

// The database the GUI and boarddesk-cli open when no --db is given: a file in the user's
// application data folder (~/.local/share/BoardDesk on Linux, %APPDATA%\BoardDesk on Windows).
QString defaultDatabasePath();

// The demo partnership's archive, compiled into the program.
QString demoArchivePath();

} // namespace bd
