#pragma once

#include "domain/types.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>
#include <QTableView>

#include <functional>
#include <optional>

namespace bd {

// Who came to a meeting: the attendance as stored, then the people expected (members of the
// body on the meeting's date) who are not marked yet. Marking someone saves the whole list
// through the save function the editor gives it (one undoable change).
class AttendanceModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, AgencyColumn, StatusColumn, DeputyForColumn, ColumnCount };
    enum Role {
        PersonRole = Qt::UserRole + 1, // the person's id
        StatusKeyRole, // "present", ... or empty when not marked
    };
    using SaveFunction = std::function<bool(const QList<Attendance> &attendance, const QString &what)>;

    explicit AttendanceModel(QObject *parent = nullptr);

    void setSaveFunction(SaveFunction save) { m_save = std::move(save); }
    void setPeople(const QList<Person> &people, const QList<Agency> &agencies);
    // Shows \a attendance, then those of \a expected not in it. With \a keepOrder the rows
    // stay where they were (marking someone must not make the list jump).
    void setAttendance(const QList<Attendance> &attendance, const QList<Id> &expected, bool keepOrder);

    Id personAt(int row) const;
    std::optional<AttendanceStatus> statusAt(int row) const;
    // Marks (or, with nothing, unmarks) the person on \a row, and saves.
    bool mark(int row, std::optional<AttendanceStatus> status);
    bool setDeputyFor(int row, const Id &person);
    // Everyone not marked yet, as present.
    bool markRestPresent();
    // The people \a row may deputise for: everyone else listed.
    QList<std::pair<Id, QString>> deputyChoices(int row) const;
    // "9 present, 2 apologies, 1 absent"
    QString summary() const;
    QString personName(const Id &person) const;

    static QString statusText(std::optional<AttendanceStatus> status);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // StatusColumn: a status key, or empty to unmark; DeputyForColumn: a person id.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row {
        Id person;
        std::optional<AttendanceStatus> status;
        Id deputyFor;
        friend bool operator==(const Row &, const Row &) = default;
    };
    bool save(QList<Row> rows, const QString &what);

    QList<Row> m_rows;
    QHash<Id, Person> m_people;
    QHash<Id, Agency> m_agencies;
    SaveFunction m_save;
};

// Paints the status as a coloured label with its word, and edits "deputy for" with a list.
class AttendanceDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

// The attendance list, marked with one key per person: P present, A apologies, X absent,
// D deputy (then choose whom for), Delete to unmark. The cursor moves on to the next person.
class AttendanceView : public QTableView {
    Q_OBJECT

public:
    explicit AttendanceView(AttendanceModel *model, QWidget *parent = nullptr);
    // Shows the attendance without letting it change (a file open read-only).
    void setReadOnly(bool readOnly);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void moveOn(int row);
    AttendanceModel *m_model;
    bool m_readOnly = false;
};

} // namespace bd
