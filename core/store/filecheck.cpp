#include "filecheck.h"

#include "database.h"
#include "sqlitebackend.h"

#include <QFileInfo>

namespace bd {

FileDiagnosis diagnoseDatabaseFile(const QString &path)
{
    FileDiagnosis diagnosis;
    diagnosis.programVersion = Database::currentSchemaVersion();
    if (!QFileInfo::exists(path)) {
        diagnosis.problem = FileProblem::Missing;
        return diagnosis;
    }
    SqliteBackend backend;
    auto probe = backend.probe(path);
    if (!probe) {
        diagnosis.problem = FileProblem::NotOurs; // another program's, unreadable, or a folder
        return diagnosis;
    }
    diagnosis.fileVersion = probe->schemaVersion;
    if (!probe->damage.isEmpty()) {
        diagnosis.problem = FileProblem::Damaged;
        return diagnosis;
    }
    if (probe->schemaVersion > diagnosis.programVersion) {
        diagnosis.problem = FileProblem::NewerSchema;
        return diagnosis;
    }
    // The header is sound: damage further in shows only to the engine's own check.
    auto problems = backend.checkFile(path);
    if (!problems || !problems->isEmpty())
        diagnosis.problem = FileProblem::Damaged;
    return diagnosis;
}

} // namespace bd
