#include "actionsarisingmodel.h"

#include "store/search.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace bd {

namespace {

QString britishDate(const QDate &date)
{
    static const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    return date.isValid() ? british.toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

struct RagStyle {
    QColor back;
    QColor text;
};

RagStyle ragStyle(const QString &key)
{
    const auto rag = enumFromKey<Rag>(key);
    if (!rag)
        return {QColor(0xf1, 0xf3, 0xf5), QColor(0x4b, 0x55, 0x63)};
    switch (*rag) {
    case Rag::Red:
        return {QColor(0xc6, 0x28, 0x28), Qt::white};
    case Rag::Amber:
        return {QColor(0xf5, 0xb0, 0x1b), QColor(0x3d, 0x2a, 0x00)};
    case Rag::Green:
        return {QColor(0x2e, 0x7d, 0x32), Qt::white};
    case Rag::Complete:
        return {QColor(0x15, 0x65, 0xc0), Qt::white};
    }
    return {};
}

} // namespace

ActionsArisingModel::ActionsArisingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ActionsArisingModel::ragText(std::optional<Rag> rag)
{
    if (!rag)
        return tr("Not rated");
    switch (*rag) {
    case Rag::Red:
        return tr("Red");
    case Rag::Amber:
        return tr("Amber");
    case Rag::Green:
        return tr("Green");
    case Rag::Complete:
        return tr("Complete");
    }
    return QString();
}

void ActionsArisingModel::setPeople(const QList<Person> &people, const QList<Agency> &agencies)
{
    m_personNames.clear();
    for (const Person &p : people)
        m_personNames.insert(p.id, p.name);
    m_agencyNames.clear();
    for (const Agency &a : agencies)
        m_agencyNames.insert(a.id, a.shortName.isEmpty() ? a.name : a.shortName);
}

void ActionsArisingModel::setActions(const QList<Action> &actions)
{
    if (actions == m_actions)
        return;
    beginResetModel();
    m_actions = actions;
    endResetModel();
}

std::optional<Action> ActionsArisingModel::actionAt(int row) const
{
    if (row < 0 || row >= m_actions.size())
        return std::nullopt;
    return m_actions.at(row);
}

int ActionsArisingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ActionsArisingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionsArisingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_actions.size())
        return {};
    const Action &action = m_actions.at(index.row());
    const std::optional<Rag> rag = action.currentRag();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case RefColumn:
            return action.ref;
        case TextColumn:
            return plainFromMarkdown(action.text);
        case OwnerColumn: {
            QString owner = m_personNames.value(action.owner);
            const QString agency = m_agencyNames.value(action.ownerAgency);
            if (owner.isEmpty())
                return agency;
            return agency.isEmpty() ? owner : tr("%1 (%2)").arg(owner, agency);
        }
        case DueColumn:
            return britishDate(action.due);
        case RagColumn:
            return ragText(rag);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return plainFromMarkdown(action.text);
        if (index.column() == RagColumn && !action.reviews.isEmpty() && !action.reviews.last().note.isEmpty())
            return action.reviews.last().note;
        break;
    case ActionIdRole:
        return action.id;
    case RagKeyRole:
        return rag ? enumKey(*rag) : QString();
    default:
        break;
    }
    return {};
}

QVariant ActionsArisingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RefColumn:
        return tr("Ref");
    case TextColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case RagColumn:
        return tr("RAG");
    }
    return {};
}

void RagDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, widget);

    const QString key = index.data(ActionsArisingModel::RagKeyRole).toString();
    const RagStyle colours = ragStyle(key);
    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    font.setPointSizeF(option.font.pointSizeF() * 0.9);
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    const int height = fm.height() + 4;
    const QRect pill(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, fm.horizontalAdvance(text) + 16, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.back);
    painter->drawRoundedRect(pill, 4, 4);
    painter->setPen(colours.text);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize RagDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont font = option.font;
    font.setPointSizeF(option.font.pointSizeF() * 0.9);
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    return QSize(fm.horizontalAdvance(ActionsArisingModel::ragText(Rag::Complete)) + 24,
                 QStyledItemDelegate::sizeHint(option, index).height());
}

} // namespace bd
