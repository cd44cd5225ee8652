#include "delegates.h"

#include "common/datefield.h"
#include "common/displayformat.h"

#include <QComboBox>

namespace bd {

namespace {

} // namespace

ChoiceDelegate::ChoiceDelegate(std::function<Choices()> choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &[label, key] : m_choices())
        combo->addItem(label, key);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    // A choice made in the list is the edit: save it without waiting for Enter.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int found = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(found >= 0 ? found : 0);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

DateDelegate::DateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *edit = new DateField(parent);
    edit->setAllowEmpty(true, tr("Not set"));
    edit->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return edit;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<DateField *>(editor)->setDate(index.data(Qt::EditRole).toDate());
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *edit = static_cast<DateField *>(editor);
    // Text that is not a date leaves the cell as it was.
    if (edit->commit())
        model->setData(index, edit->date(), Qt::EditRole);
}

} // namespace bd
