#include "pagewidgets.h"

#include <QHeaderView>
#include <QStyle>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bd {

QVBoxLayout *pageLayout(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);
    return layout;
}

QLabel *pageHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setObjectName(QStringLiteral("pageHeading"));
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.45);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}

QLabel *pageNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("pageNote"));
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

namespace {

// Set on a table whose columns fitColumnsToContents() has sized.
constexpr char fittedProperty[] = "boarddeskColumnsFitted";


class RecordTable : public QTableView {
public:
    using QTableView::QTableView;

    void setModel(QAbstractItemModel *model) override
    {
        QTableView::setModel(model);
        m_fitted = false;
        if (!model)
            return;
        const auto fit = [this] {
            // A page that fitted the columns its own way (fitColumnsToContents) keeps them.
            if (m_fitted || property(fittedProperty).toBool() || !this->model() || this->model()->rowCount() == 0)
                return;
            m_fitted = true;
            fitColumnsToContents(this);
        };
        connect(model, &QAbstractItemModel::modelReset, this, fit, Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::rowsInserted, this, fit, Qt::QueuedConnection);
        QMetaObject::invokeMethod(this, fit, Qt::QueuedConnection);
    }

private:
    bool m_fitted = false;
};

} // namespace

void fitColumnsToContents(QTableView *table, int mostChars)
{
    table->setProperty(fittedProperty, true);
    QHeaderView *header = table->horizontalHeader();
    const int least = table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 6;
    const int most = table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * mostChars;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || header->sectionResizeMode(column) != QHeaderView::Interactive)
            continue;
        if (header->stretchLastSection() && header->visualIndex(column) == header->count() - 1)
            continue;
        table->resizeColumnToContents(column); // the header's and the rows' widest
        // Never narrower than the header's own words: a cell's text may be cut (it has a
        // tooltip), a column's name may not.
        const QString name = header->model()->headerData(column, Qt::Horizontal).toString();
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const int headerWidth = header->fontMetrics().horizontalAdvance(name) + 4 * margin;
        table->setColumnWidth(column, std::max(headerWidth, std::clamp(table->columnWidth(column), least, most)));
    }
}

QTableView *recordTable(QWidget *parent, const QString &accessibleName)
{
    auto *table = new RecordTable(parent);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false); // alternating rows read better than a spreadsheet's grid
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table for the buttons, as in a form
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QHBoxLayout *buttonRow(std::initializer_list<QPushButton *> buttons)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    for (QPushButton *button : buttons)
        row->addWidget(button);
    row->addStretch(1);
    return row;
}

Card::Card(QWidget *parent)
    : QFrame(parent)
{
    setAttribute(Qt::WA_StyledBackground, false);
}

void Card::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xdc, 0xdf, 0xe4), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 7, 7);
}

namespace {

class LinkButton : public QPushButton {
public:
    using QPushButton::QPushButton;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPushButton::paintEvent(event);
        if (hasFocus()) {
            QPainter painter(this);
            paintFocusRing(this, painter);
        }
    }
};

} // namespace

QPushButton *linkButton(const QString &text, QWidget *parent)
{
    auto *button = new LinkButton(text, parent);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    QPalette p = button->palette();
    p.setColor(QPalette::ButtonText, QColor(0x1a, 0x5f, 0xb4));
    button->setPalette(p);
    return button;
}

void paintFocusRing(QWidget *widget, QPainter &painter)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor ring = widget->palette().color(QPalette::Highlight);
    painter.setPen(QPen(ring, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(widget->rect()).adjusted(1, 1, -1, -1), 4, 4);
    painter.restore();
}

QLabel *cardTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.12);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x33));
    label->setPalette(p);
    return label;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0x5f, 0x67, 0x73));
    label->setPalette(p);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

} // namespace bd
