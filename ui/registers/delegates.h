#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>
#include <QVariant>

#include <functional>

namespace bd {

// Edits a cell whose value is one of a list: a combo box of labels, storing the chosen
// key (an enum key, an id) with setData(Qt::EditRole). Choosing from the list saves at once.
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using Choices = QList<QPair<QString, QVariant>>; // label, key
    ChoiceDelegate(std::function<Choices()> choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    std::function<Choices()> m_choices;
};

// Edits a date cell with a calendar; the earliest date reads "Not set" and clears it.
// The model gives and takes a QDate (null for none) in Qt::EditRole.
class DateDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit DateDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace bd
