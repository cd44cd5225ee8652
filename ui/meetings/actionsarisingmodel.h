#pragma once

#include "domain/types.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

#include <optional>

namespace bd {

// The actions raised at one meeting: ref, text, owner, due date and current rating.
class ActionsArisingModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RefColumn, TextColumn, OwnerColumn, DueColumn, RagColumn, ColumnCount };
    enum Role {
        ActionIdRole = Qt::UserRole + 1,
        RagKeyRole, // "red", ... "complete", or empty when never rated
    };

    explicit ActionsArisingModel(QObject *parent = nullptr);

    void setPeople(const QList<Person> &people, const QList<Agency> &agencies);
    void setActions(const QList<Action> &actions);
    const QList<Action> &actions() const { return m_actions; }
    std::optional<Action> actionAt(int row) const;

    static QString ragText(std::optional<Rag> rag);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Action> m_actions;
    QHash<Id, QString> m_personNames;
    QHash<Id, QString> m_agencyNames;
};

// Paints an action as two lines: its rating as a coloured label that also says the word
// (colour alone is not enough for everyone, nor on a black-and-white print), the ref and the
// text; then who owns it and when it is due. For a list view over the model's first column.
class ActionDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The rating label: where it goes, and how it is drawn.
    static QRect ragRect(const QStyleOptionViewItem &option, const QString &text, QPoint topLeft);
    static void paintRag(QPainter *painter, const QStyleOptionViewItem &option, const QString &ragKey,
                         const QString &text, QPoint topLeft);

private:
    static constexpr int padding = 6;
    QString html(const QModelIndex &index) const;
};

} // namespace bd
