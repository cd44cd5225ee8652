#include "actionsarisingmodel.h"
#include "text/markdown.h"

#include "common/displayformat.h"
#include "store/search.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace bd {

namespace {

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
    return displayName(*rag);
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
    if (role == Qt::AccessibleTextRole && index.column() == RefColumn) {
        // The list shows one column: it says all of the action.
        QStringList parts;
        for (int column = RefColumn; column < ColumnCount; ++column) {
            const QString text = this->index(index.row(), column).data().toString();
            if (!text.isEmpty())
                parts << text;
        }
        return parts.join(QStringLiteral(", "));
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case RefColumn:
            return action.ref;
        case TextColumn:
            return markdownToPlainText(action.text);
        case OwnerColumn: {
            QString owner = m_personNames.value(action.owner);
            const QString agency = m_agencyNames.value(action.ownerAgency);
            if (owner.isEmpty())
                return agency;
            return agency.isEmpty() ? owner : tr("%1 (%2)").arg(owner, agency);
        }
        case DueColumn:
            return displayDate(action.due);
        case RagColumn:
            return ragText(rag);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return markdownToPlainText(action.text);
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

namespace {

QFont ragFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.86);
    font.setWeight(QFont::DemiBold);
    return font;
}

int ragWidth(const QStyleOptionViewItem &option)
{
    const QFontMetrics fm(ragFont(option.font));
    int width = 0;
    for (auto rag : {std::optional<Rag>(), std::optional<Rag>(Rag::Red), std::optional<Rag>(Rag::Amber),
                     std::optional<Rag>(Rag::Green), std::optional<Rag>(Rag::Complete)})
        width = std::max(width, fm.horizontalAdvance(ActionsArisingModel::ragText(rag)));
    return width + 14;
}

} // namespace

QRect ActionDelegate::ragRect(const QStyleOptionViewItem &option, const QString &, QPoint topLeft)
{
    const QFontMetrics fm(ragFont(option.font));
    return QRect(topLeft, QSize(ragWidth(option), fm.height() + 4));
}

void ActionDelegate::paintRag(QPainter *painter, const QStyleOptionViewItem &option, const QString &ragKey,
                              const QString &text, QPoint topLeft)
{
    const RagStyle colours = ragStyle(ragKey);
    const QRect pill = ragRect(option, text, topLeft);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (ragKey.isEmpty()) {
        painter->setPen(QPen(QColor(0xc4, 0xc9, 0xd0), 1));
        painter->setBrush(colours.back);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours.back);
    }
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setPen(colours.text);
    painter->setFont(ragFont(option.font));
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QString ActionDelegate::html(const QModelIndex &index) const
{
    auto at = [&](int column) { return index.siblingAtColumn(column).data().toString().toHtmlEscaped(); };
    QString first = at(ActionsArisingModel::TextColumn);
    if (!at(ActionsArisingModel::RefColumn).isEmpty())
        first = QStringLiteral("<b>%1</b>&nbsp; %2").arg(at(ActionsArisingModel::RefColumn), first);
    QStringList second;
    if (!at(ActionsArisingModel::OwnerColumn).isEmpty())
        second << at(ActionsArisingModel::OwnerColumn);
    if (!at(ActionsArisingModel::DueColumn).isEmpty())
        second << ActionsArisingModel::tr("due %1").arg(at(ActionsArisingModel::DueColumn));
    if (second.isEmpty())
        second << ActionsArisingModel::tr("No owner, no due date").toHtmlEscaped();
    return QStringLiteral("<div style=\"color:#1f2933\">%1</div><div style=\"color:#5f6773\">%2</div>")
        .arg(first, second.join(QStringLiteral(" · ")));
}

QSize ActionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : 360;
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(html(index));
    doc.setTextWidth(std::max(100, width - ragWidth(option) - 3 * padding));
    return QSize(width, int(std::ceil(doc.size().height())) + 2 * padding);
}

void ActionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    if (option.state & QStyle::State_Selected) {
        QColor tint = option.palette.color(QPalette::Highlight);
        tint.setAlpha(36);
        painter->fillRect(option.rect, tint);
    }
    plain.state &= ~QStyle::State_Selected;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &plain, painter, widget);

    const QPoint topLeft = option.rect.topLeft() + QPoint(padding / 2, padding);
    paintRag(painter, option,
             index.siblingAtColumn(ActionsArisingModel::RagColumn).data(ActionsArisingModel::RagKeyRole).toString(),
             index.siblingAtColumn(ActionsArisingModel::RagColumn).data().toString(), topLeft);

    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(html(index));
    const int left = topLeft.x() + ragWidth(option) + padding;
    doc.setTextWidth(std::max(100, option.rect.right() - left - padding));
    paintTextDocument(painter, doc, QPoint(left, option.rect.top() + padding), option.palette);
    paintRowSeparator(painter, option.rect);
}

} // namespace bd
