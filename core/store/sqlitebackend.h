#pragma once

#include "sqlbackend.h"

#include <QCoreApplication>

namespace bd {

class SqliteBackend final : public SqlBackend {
    Q_DECLARE_TR_FUNCTIONS(bd::SqliteBackend)

public:
    // 'BDSK' in the database header (PRAGMA application_id).
    static constexpr qint32 applicationId = 0x4244534b;

    // A name from the schema itself (a table, column, index or trigger), quoted as an SQL
    // identifier: names cannot be bound as values.
    static QString quotedName(QString name);

    QString driverName() const override;
    QString databaseName(const QString &path, const ConnectSettings &settings) const override;
    QString connectOptions(const ConnectSettings &settings) const override;
    Result<FileProbe> probe(const QString &path) const override;
    Result<void> configure(QSqlDatabase &db, bool readOnly) const override;
    QString beginWriteStatement() const override;
    Result<int> schemaVersion(QSqlDatabase &db) const override;
    Result<void> setSchemaVersion(QSqlDatabase &db, int version) const override;
    Result<void> stampNew(QSqlDatabase &db) const override;
    Result<void> backup(QSqlDatabase &db, const QString &target) const override;
    Result<QStringList> integrityCheck(QSqlDatabase &db) const override;
    Result<QStringList> referenceCheck(QSqlDatabase &db) const override;
    QString fullTextExpression(const QString &query) const override;
    QString entrySearchStatement() const override;
    QString entryCandidatesStatement() const override;
    QString actionWordCondition(const QString &word, bool prefix, QVariantList &values) const override;
    Result<QStringList> beginBulkLoad(QSqlDatabase &db) const override;
    Result<void> endBulkLoad(QSqlDatabase &db, const QStringList &restore) const override;
    Result<QStringList> suspendIndexes(QSqlDatabase &db) const override;
    Result<void> insertRows(QSqlDatabase &db, const QString &table, const QStringList &columns,
                            const QVariantList &values) const override;
    Result<QStringList> quickCheck(QSqlDatabase &db) const override;
    Result<QStringList> checkFile(const QString &path) const override;
    LogVerdict checkLog(const QString &path) const override;
    Result<SchemaReport> compareSchema(QSqlDatabase &db, const QStringList &statements) const override;
    Result<QStringList> valueCheck(QSqlDatabase &db, const std::vector<ValueRule> &rules) const override;
    Result<void> setPageLimit(QSqlDatabase &db, qint64 pages) const override;
    Failure classify(const QString &nativeErrorCode) const override;
};

} // namespace bd
