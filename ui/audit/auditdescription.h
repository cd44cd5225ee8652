#pragma once

#include "domain/types.h"
#include "store/audit.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace bd {

class Store;

// One field of a record as a change left it, in words: "Due", "30 September 2024",
// "31 October 2024". An added record has no before, a removed one no after.
struct FieldChange {
    QString field;
    QString before;
    QString after;
};

// An audit row as an administrator reads it: a sentence ("jsmith changed the due date of the
// action “Write to the district councils”."), the record by its name and the fields that
// changed, with people, bodies and agencies by their names and dates the British way.
struct ChangeDescription {
    QString who;
    QString kind; // "action", "case review"
    QString record; // the record's name; never an internal id where a name can be had
    QString sentence;
    QList<FieldChange> fields;
};

// Describes audit rows over one store, reading the names of the records they refer to once.
class AuditDescriber {
    Q_DECLARE_TR_FUNCTIONS(AuditDescriber)

public:
    explicit AuditDescriber(Store &store);

    ChangeDescription describe(const AuditEntry &entry);

    // "action", "case review", "training session": the audit log's kind in words.
    static QString kindName(const QString &kind);
    // "Due", "Owner agency", "Approved on": a field of the archive in words.
    static QString fieldLabel(const QString &key);
    // The name of the record with \a id (a person, body, meeting...), or empty if unknown.
    QString nameOf(const QString &id);

private:
    void readNames();
    QString recordName(const QString &kind, const QString &key, const QJsonObject &record);
    QString valueText(const QString &key, const QJsonValue &value);

    Store &m_store;
    bool m_read = false;
    QHash<QString, QString> m_names;
};

} // namespace bd
