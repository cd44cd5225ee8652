#pragma once

#include "store/search.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

namespace bd {

// The hits of one search, one row each.
class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Column { HitColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // SearchKind, as int
        RecordIdRole, // the meeting, action or case review
        EntryRowIdRole, // the bullet, for entries
        HeadingHtmlRole, // where the hit is from, as HTML (escaped, words bold)
        ContextHtmlRole, // the words around it, as HTML (escaped, words bold)
        KindTextRole, // "Minutes", "Meeting", "Action", "Case review"
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    // \a words are the searched words, bolded where they show outside the context.
    void setHits(const QList<SearchHit> &hits, const QStringList &words);
    const QList<SearchHit> &hits() const { return m_hits; }

    // \a text escaped for HTML, with the \a spans in bold.
    static QString highlighted(const QString &text, const QList<TextSpan> &spans);
    static QString kindText(SearchKind kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString headingHtml(const SearchHit &hit) const;
    QString headingText(const SearchHit &hit) const;

    QList<SearchHit> m_hits;
    QStringList m_words;
};

// Paints a hit: its kind as a small label, where it is from, and the words around it.
class SearchHitDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int padding = 8;
    static int badgeWidth(const QStyleOptionViewItem &option);
};

} // namespace bd
