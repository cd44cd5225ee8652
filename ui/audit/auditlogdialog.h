#pragma once

#include "auditdescription.h"
#include "store/audit.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace bd {

class Store;

class DateField;

// The audit log as a table an administrator reads: when, who, what kind of record, the record
// by its name, and the change as a sentence (AuditDescriber). Rows come in the order given
// (the dialog asks for newest first).
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, User, Kind, Record, Change, ColumnCount };
    enum Role { KindKeyRole = Qt::UserRole + 1, UserRole_, AtRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<AuditEntry> entries, AuditDescriber &describer);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const ChangeDescription &description(int row) const { return m_descriptions.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    QList<ChangeDescription> m_descriptions;
};

// Writes \a entries to \a path, as JSON for a .json file and CSV for a .csv one, whole or not
// at all (QSaveFile), owner-only. Another extension is an error naming the file; so is the
// open \a database or one of its files (see checkOutputTarget).
Result<void> writeAuditLog(const QString &path, const QList<AuditEntry> &entries, const QString &database = {});

// View > Audit log: the log of the open partnership, newest first, each change a sentence;
// the fields it changed, before and after, under the table for the row selected. Filters by
// the kind of record, the user, a date range and any text; Export... writes the rows shown to
// CSV or JSON.
class AuditLogDialog : public QDialog {
    Q_OBJECT

public:
    explicit AuditLogDialog(Store &store, QWidget *parent = nullptr);

    AuditLogModel *model() { return m_model; }
    QSortFilterProxyModel *filtered() { return m_filtered; }
    QLineEdit *filterEdit() { return m_filter; }
    QComboBox *kindFilter() { return m_kind; }
    QComboBox *userFilter() { return m_user; }
    DateField *fromFilter() { return m_from; }
    DateField *toFilter() { return m_to; }
    QTableView *table() { return m_table; }
    // The fields of the change selected: field, before, after.
    QTableWidget *fieldTable() { return m_fields; }
    // The rows the filter lets through, in the order shown.
    QList<AuditEntry> shownEntries() const;
    // Writes the rows shown to \a path (see writeAuditLog).
    Result<void> exportTo(const QString &path) const;

private:
    void reload();
    void applyFilters();
    void updateCount();
    void showFields();
    void exportDialog();

    Store &m_store;
    AuditDescriber m_describer;
    AuditLogModel *m_model;
    QSortFilterProxyModel *m_filtered;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QComboBox *m_user;
    DateField *m_from;
    DateField *m_to;
    QTableView *m_table;
    QTableWidget *m_fields;
    QLabel *m_count;
    QPushButton *m_export;
};

} // namespace bd
