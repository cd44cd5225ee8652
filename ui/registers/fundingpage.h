#pragma once

#include "recordtablemodel.h"

#include "domain/funding.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace bd {

// One financial year's contributions, a line per agency: what it gave, what it gave the year
// before, and the change. Amounts are typed in pounds ("£1,234.56", "1234.56", "1,234"); one
// core refuses (negative, a third decimal place...) is reported and the stored value stays.
// An agency that gave last year and not this shows its empty line, so typing an amount there
// records this year's contribution.
class ContributionsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { AgencyColumn, AmountColumn, PreviousColumn, ChangeColumn, NoteColumn, ColumnCount };

    explicit ContributionsModel(Workspace &workspace, QObject *parent = nullptr);

    void setYear(const FinancialYear &year);
    FinancialYear year() const { return m_year.year; }
    const FundingYear &fundingYear() const { return m_year; }
    // Reads the year again from the store.
    void reload();
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The agency on \a row, or an empty id.
    Id agencyAt(int row) const;
    int rowOfAgency(const Id &agency) const;
    QString agencyName(const Id &agency) const { return m_agencyNames.value(agency, agency); }
    const QHash<Id, QString> &agencyNames() const { return m_agencyNames; }
    // Every contribution, of every year, as the store last listed them.
    const QList<Funding> &allFunding() const { return m_funding; }
    const QList<Spending> &allSpending() const { return m_spending; }

private:
    std::optional<Funding> storedContribution(int row) const;

    Workspace &m_workspace;
    FundingYear m_year;
    QList<Funding> m_funding;
    QList<Spending> m_spending;
    QHash<Id, QString> m_agencyNames;
    bool m_readOnly = false;
};

// The year's spending lines (category, amount, note), edited in place.
class SpendingModel : public RecordListModel<Spending> {
    Q_OBJECT

public:
    enum Column { CategoryColumn, AmountColumn, NoteColumn, ColumnCount };

    explicit SpendingModel(Workspace &workspace, QObject *parent = nullptr);
    void setYear(const FinancialYear &year);
    FinancialYear year() const { return m_year; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    Result<QList<Spending>> fetch() override;
    bool dependsOn(RecordKind) const override { return false; }

private:
    FinancialYear m_year;
};

// The funding register (issue 16): per financial year, each agency's contribution with the
// change on the year before, the spending lines, the totals and the balance; "Copy last
// year's contributions" to start a year (one undoable step); the year as CSV. Keyboard
// first: type in a cell, Insert adds, Delete removes, every change undoable and audited.
class FundingPage : public QWidget {
    Q_OBJECT

public:
    explicit FundingPage(Workspace &workspace, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    QComboBox *yearBox() { return m_yearBox; }
    QTableView *contributionsTable() { return m_contributions; }
    QTableView *spendingTable() { return m_spendingTable; }
    ContributionsModel *contributions() { return m_model; }
    SpendingModel *spending() { return m_spendingModel; }
    QLabel *totals() { return m_totals; }
    QPushButton *copyButton() { return m_copy; }
    void setYear(const FinancialYear &year);

    // Adds a contribution for \a agency (asking which, and how much, when none is given).
    void addContribution(const Id &agency = {}, const QString &amount = {});
    void removeContribution();
    void addSpending();
    void removeSpending();
    // Copies last year's contributions into the year shown, for the agencies that have none.
    void copyLastYear();
    // Asks where, and writes the year as CSV; returns the path written, or empty.
    QString exportCsv(const QString &path = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void fitColumns();
    void fillYears();
    void showTotals();
    FinancialYear chosenYear() const;

    Workspace &m_workspace;
    ContributionsModel *m_model;
    SpendingModel *m_spendingModel;
    QComboBox *m_yearBox;
    QTableView *m_contributions;
    QTableView *m_spendingTable;
    QLabel *m_totals;
    QPushButton *m_copy;
    QPushButton *m_export;
    QList<QPushButton *> m_editButtons;
    bool m_readOnly = false;
    bool m_stale = true;
};

} // namespace bd
