#pragma once

#include <QString>

namespace bd {

// What is wrong with a database file that Database::open refused, so the ui can choose
// what to offer: a backup for a damaged file, nothing but an explanation for the others.
enum class FileProblem {
    None,        // the file looks sound: the refusal had another cause (permissions, a log...)
    Missing,     // there is no file
    Damaged,     // empty, not SQLite, cut short, or failing SQLite's integrity check
    NewerSchema, // written by a newer BoardDesk
    NotOurs,     // another program's SQLite database, or a file that cannot be read
};

struct FileDiagnosis {
    FileProblem problem = FileProblem::None;
    int fileVersion = 0;    // the file's schema version, when its header could be read
    int programVersion = 0; // the newest schema version this program reads
};

// Looks at \a path without changing it (the header, then SQLite's integrity check on a
// read-only connection) and says what is wrong with it. Slow on a big file: for after an
// open has failed, not before every open.
FileDiagnosis diagnoseDatabaseFile(const QString &path);

} // namespace bd
