#include "searchresultsmodel.h"

#include "common/displayformat.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace bd {

namespace {

QColor kindColour(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Entry:
        return QColor(0x2f, 0x6f, 0xbd);
    case SearchKind::Meeting:
        return QColor(0x51, 0x2d, 0x8f);
    case SearchKind::Action:
        return QColor(0x8a, 0x45, 0x0c);
    case SearchKind::CaseReview:
        return QColor(0x8a, 0x1c, 0x4b);
    }
    return Qt::gray;
}

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.8);
    font.setWeight(QFont::DemiBold);
    return font;
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultsModel::setHits(const QList<SearchHit> &hits, const QStringList &words)
{
    beginResetModel();
    m_hits = hits;
    m_words = words;
    endResetModel();
}

QString SearchResultsModel::kindText(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Entry:
        return tr("Minutes");
    case SearchKind::Meeting:
        return tr("Meeting");
    case SearchKind::Action:
        return tr("Action");
    case SearchKind::CaseReview:
        return tr("Case review");
    }
    return QString();
}

QString SearchResultsModel::highlighted(const QString &text, const QList<TextSpan> &spans)
{
    QString html;
    int at = 0;
    for (const TextSpan &span : spans) {
        if (span.start < at || span.start + span.length > text.size())
            continue;
        html += text.mid(at, span.start - at).toHtmlEscaped();
        html += QStringLiteral("<b>") + text.mid(span.start, span.length).toHtmlEscaped() + QStringLiteral("</b>");
        at = span.start + span.length;
    }
    html += text.mid(at).toHtmlEscaped();
    return html;
}

QString SearchResultsModel::headingText(const SearchHit &hit) const
{
    QStringList parts;
    switch (hit.kind) {
    case SearchKind::Entry:
    case SearchKind::Meeting:
        parts << hit.bodyName << displayDate(hit.date);
        break;
    case SearchKind::Action:
        if (!hit.title.isEmpty())
            parts << tr("Action %1").arg(hit.title);
        parts << hit.bodyName;
        if (hit.date.isValid())
            parts << tr("due %1").arg(displayDate(hit.date));
        break;
    case SearchKind::CaseReview:
        parts << hit.title;
        if (hit.date.isValid())
            parts << tr("notified %1").arg(displayDate(hit.date));
        break;
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QString SearchResultsModel::headingHtml(const SearchHit &hit) const
{
    const QString text = headingText(hit);
    return highlighted(text, findWords(text, m_words));
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size() || index.column() != HitColumn)
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return kindText(hit.kind) + QStringLiteral(": ") + headingText(hit) + QStringLiteral(": ") + hit.context;
    case Qt::ToolTipRole:
        return hit.context;
    case KindRole:
        return int(hit.kind);
    case RecordIdRole:
        return hit.id;
    case EntryRowIdRole:
        return QVariant::fromValue(hit.entryRowId);
    case HeadingHtmlRole:
        return headingHtml(hit);
    case ContextHtmlRole:
        return highlighted(hit.context, hit.matches);
    case KindTextRole:
        return kindText(hit.kind);
    default:
        return {};
    }
}

// SearchHitDelegate --------------------------------------------------------------------

int SearchHitDelegate::badgeWidth(const QStyleOptionViewItem &option)
{
    const QFontMetrics fm(badgeFont(option.font));
    int width = 0;
    for (SearchKind kind : {SearchKind::Entry, SearchKind::Meeting, SearchKind::Action, SearchKind::CaseReview})
        width = std::max(width, fm.horizontalAdvance(SearchResultsModel::kindText(kind)));
    return width + 14;
}

namespace {

void layOut(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index, int width)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    const QString html = QStringLiteral("<div style=\"color:#1f2933\">%1</div><div style=\"color:#4b5563\">%2</div>")
                             .arg(index.data(SearchResultsModel::HeadingHtmlRole).toString(),
                                  index.data(SearchResultsModel::ContextHtmlRole).toString());
    doc.setHtml(html);
    doc.setTextWidth(width);
}

} // namespace

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // As wide as the list shows it, so the row is as tall as its painted text.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int total = view ? view->viewport()->width() : 400;
    QTextDocument doc;
    layOut(doc, option, index, std::max(120, total - badgeWidth(option) - 3 * padding));
    return QSize(total, int(std::ceil(doc.size().height())) + 2 * padding);
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // A soft highlight, so the bold words stay readable on the chosen hit.
    if (option.state & QStyle::State_Selected) {
        QColor tint = option.palette.color(QPalette::Highlight);
        tint.setAlpha(40);
        painter->fillRect(option.rect, tint);
    }
    plain.state &= ~QStyle::State_Selected;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &plain, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto kind = SearchKind(index.data(SearchResultsModel::KindRole).toInt());
    const QFont font = badgeFont(option.font);
    const QFontMetrics fm(font);
    const QRect badge(option.rect.left() + padding, option.rect.top() + padding + 1, badgeWidth(option),
                      fm.height() + 4);
    QColor back = kindColour(kind);
    back.setAlpha(28);
    painter->setPen(Qt::NoPen);
    painter->setBrush(back);
    painter->drawRoundedRect(badge, 4, 4);
    painter->setPen(kindColour(kind));
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, index.data(SearchResultsModel::KindTextRole).toString());

    QTextDocument doc;
    const int left = badge.right() + padding;
    layOut(doc, option, index, std::max(120, option.rect.right() - left - padding));
    painter->restore();
    paintTextDocument(painter, doc, QPoint(left, option.rect.top() + padding), option.palette);

    paintRowSeparator(painter, option.rect);
}

} // namespace bd
