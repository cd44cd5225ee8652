#include "displayformat.h"

#include <QHash>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QTextDocument>

namespace bd {

QIcon ragIcon(Rag value)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(value));
    if (it != cache.end())
        return *it;
    QColor colour;
    switch (value) {
    case Rag::Red:
        colour = QColor(0xc6, 0x28, 0x28);
        break;
    case Rag::Amber:
        colour = QColor(0xe0, 0x8a, 0x00);
        break;
    case Rag::Green:
        colour = QColor(0x2e, 0x7d, 0x32);
        break;
    case Rag::Complete:
        colour = QColor(0x15, 0x65, 0xc0);
        break;
    }
    QIcon icon;
    // Drawn at two sizes so it stays crisp on a high-DPI screen.
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        const qreal margin = size * 0.19;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return *cache.insert(int(value), icon);
}

void paintTextDocument(QPainter *painter, const QTextDocument &document, const QPoint &topLeft,
                       const QPalette &palette)
{
    painter->save();
    painter->translate(topLeft);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

void paintRowSeparator(QPainter *painter, const QRect &rowRect)
{
    painter->save();
    painter->setPen(QColor(0xe5, 0xe7, 0xeb));
    painter->drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
    painter->restore();
}

QString toolTipText(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QString plainText(const QString &markdown)
{
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression marks(QStringLiteral(R"(\*\*|(?<![\w*])\*|\*(?![\w*]))"));
    static const QRegularExpression bullet(QStringLiteral(R"((^|\n)\s*(- |\d+\. ))"));
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    QString text = markdown;
    text.replace(link, QStringLiteral("\\1"));
    text.replace(bullet, QStringLiteral("\\1"));
    text.replace(marks, QString());
    return text.replace(space, QStringLiteral(" ")).trimmed();
}

} // namespace bd
