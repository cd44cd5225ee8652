#include "riskheatmap.h"

#include "documents/housestyle.h"
#include "documents/ratings.h"
#include "domain/actionlog.h"
#include "domain/displaytext.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace bd {

RiskHeatMap::RiskHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Risk heat map"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void RiskHeatMap::setRisks(const QList<Risk> &risks)
{
    m_risks = risks;
    QStringList placed;
    for (int i = 0; i < risks.size(); ++i) {
        if (const auto review = currentReview(risks.at(i)))
            placed << tr("R%1 at likelihood %2, impact %3").arg(i + 1).arg(review->likelihood).arg(review->impact);
    }
    setAccessibleDescription(placed.join(QStringLiteral("; ")));
    update();
}

QSize RiskHeatMap::sizeHint() const
{
    return {560, 400};
}

QSize RiskHeatMap::minimumSizeHint() const
{
    return {400, 400};
}

void RiskHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int axis = metrics.height() * 2 + 8; // room for the axis titles and numbers
    const int side = std::min((width() - axis - 8) / 5, (height() - axis - 4) / 5);
    const QPoint origin(axis, 4); // top left of the grid
    auto cellRect = [&](int likelihood, int impact) {
        return QRect(origin.x() + (likelihood - 1) * side, origin.y() + (5 - impact) * side, side, side);
    };

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    for (int likelihood = 1; likelihood <= 5; ++likelihood) {
        for (int impact = 1; impact <= 5; ++impact) {
            const int score = likelihood * impact;
            const Rag band = riskBand(score);
            const QRect r = cellRect(likelihood, impact);
            QColor fill = housestyle::toneColours(ragTone(band)).fill;
            fill.setAlpha(70); // pale, so the risks on it stand out
            painter.fillRect(r, fill);
            painter.setPen(housestyle::rule);
            painter.drawRect(r);
            painter.setPen(housestyle::muted);
            painter.drawText(r.adjusted(4, 2, -4, -2), Qt::AlignTop | Qt::AlignLeft,
                             QStringLiteral("%1 %2").arg(displayName(band)).arg(score));
        }
    }
    painter.setFont(font());
    // Axes: numbers and titles.
    painter.setPen(palette().color(QPalette::WindowText));
    for (int n = 1; n <= 5; ++n) {
        const QRect below = cellRect(n, 1).translated(0, side);
        painter.drawText(QRect(below.left(), below.top(), side, metrics.height() + 4), Qt::AlignCenter,
                         QString::number(n));
        const QRect left = cellRect(1, n);
        painter.drawText(QRect(origin.x() - metrics.height() - 4, left.top(), metrics.height(), side), Qt::AlignCenter,
                         QString::number(n));
    }
    const int gridBottom = origin.y() + 5 * side;
    painter.drawText(QRect(origin.x(), gridBottom + metrics.height() + 4, 5 * side, metrics.height() + 2),
                     Qt::AlignCenter, tr("Likelihood \u2192"));
    painter.save();
    painter.translate(metrics.height() / 2 + 2, origin.y() + 5 * side / 2);
    painter.rotate(-90);
    painter.drawText(QRect(-5 * side / 2, -metrics.height() / 2, 5 * side, metrics.height() + 2), Qt::AlignCenter,
                     tr("Impact \u2192"));
    painter.restore();

    // Risks: where each is now, and an arrow from where it was at the review before.
    QHash<int, int> inCell; // how many discs a cell holds so far
    const int radius = std::max(metrics.height() * 2 / 3 + 2, 11);
    auto discCentre = [&](const RiskReview &review, int slot) {
        const QRect r = cellRect(review.likelihood, review.impact);
        const int perRow = std::max(1, (side - 6) / (2 * radius + 2));
        const int column = slot % perRow;
        const int row = slot / perRow;
        return QPointF(r.left() + 3 + radius + column * (2 * radius + 2),
                       r.top() + metrics.height() + 4 + radius + row * (2 * radius + 2));
    };
    QList<QPair<QPointF, QPointF>> arrows;
    QList<QPair<QPointF, int>> discs;
    for (int i = 0; i < m_risks.size(); ++i) {
        const auto now = currentReview(m_risks.at(i));
        if (!now)
            continue;
        const int key = now->likelihood * 10 + now->impact;
        const QPointF centre = discCentre(*now, inCell[key]++);
        discs << qMakePair(centre, i + 1);
        const auto before = previousReview(m_risks.at(i));
        if (before && (before->likelihood != now->likelihood || before->impact != now->impact))
            arrows << qMakePair(QPointF(cellRect(before->likelihood, before->impact).center()), centre);
    }
    painter.setPen(QPen(housestyle::ink, 1.6));
    for (const auto &[from, to] : std::as_const(arrows)) {
        const QLineF line(from, to);
        const qreal length = line.length();
        if (length < radius * 1.5)
            continue;
        QLineF shaft = line;
        shaft.setLength(length - radius - 1);
        painter.drawLine(shaft);
        const qreal angle = qDegreesToRadians(-shaft.angle());
        const QPointF tip = shaft.p2();
        const qreal head = 8;
        QPainterPath arrowHead;
        arrowHead.moveTo(tip);
        arrowHead.lineTo(tip - QPointF(std::cos(angle - 0.45) * head, std::sin(angle - 0.45) * head));
        arrowHead.lineTo(tip - QPointF(std::cos(angle + 0.45) * head, std::sin(angle + 0.45) * head));
        arrowHead.closeSubpath();
        painter.fillPath(arrowHead, housestyle::ink);
        painter.drawEllipse(from, 2.5, 2.5);
    }
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    painter.setFont(bold);
    for (const auto &[centre, number] : std::as_const(discs)) {
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(housestyle::accent);
        painter.drawEllipse(centre, radius, radius);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                         tr("R%1").arg(number));
    }
}

} // namespace bd
