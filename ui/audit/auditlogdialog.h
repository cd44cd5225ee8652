#pragma once

#include "store/audit.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bd {

class Store;

// The audit log as a table: who changed what, when, and the record before and after.
// Rows come in the order given (the dialog asks for newest first).
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, User, Kind, Record, Action, Before, After, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

// Writes \a entries to \a path, as JSON for a .json file and CSV for a .csv one, whole or not
// at all (QSaveFile), owner-only. Another extension is an error naming the file; so is the
// open \a database or one of its files (see checkOutputTarget).
Result<void> writeAuditLog(const QString &path, const QList<AuditEntry> &entries, const QString &database = {});

// View > Audit log: the log of the open partnership, newest first, with a filter on any
// text in it and Export... of the rows shown to CSV or JSON.
class AuditLogDialog : public QDialog {
    Q_OBJECT

public:
    explicit AuditLogDialog(Store &store, QWidget *parent = nullptr);

    AuditLogModel *model() { return m_model; }
    QSortFilterProxyModel *filtered() { return m_filtered; }
    QLineEdit *filterEdit() { return m_filter; }
    QTableView *table() { return m_table; }
    // The rows the filter lets through, in the order shown.
    QList<AuditEntry> shownEntries() const;
    // Writes the rows shown to \a path (see writeAuditLog).
    Result<void> exportTo(const QString &path) const;

private:
    void reload();
    void updateCount();
    void exportDialog();

    Store &m_store;
    AuditLogModel *m_model;
    QSortFilterProxyModel *m_filtered;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_export;
};

} // namespace bd
