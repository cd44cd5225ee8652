#include "dashboard.h"

#include "common/pagewidgets.h"
#include "common/workspace.h"
#include "documents/housestyle.h"
#include "documents/ratings.h"
#include "domain/displaytext.h"
#include "util/clock.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

namespace bd {

namespace {

struct Part {
    QString word;
    int count;
    Tone tone;
};

QList<Part> partsOf(const BodySummary &s)
{
    QList<Part> parts;
    for (const Part &part : {Part {displayName(Rag::Red), s.red, Tone::Red},
                             Part {displayName(Rag::Amber), s.amber, Tone::Amber},
                             Part {displayName(Rag::Green), s.green, Tone::Green},
                             Part {displayName(Rag::Complete), s.complete, Tone::Blue},
                             Part {RagBar::tr("Not rated"), s.unrated, Tone::Neutral}}) {
        if (part.count > 0)
            parts << part;
    }
    return parts;
}

// "3 red, 5 amber, 2 green, 4 complete": what the bar says, for a screen reader and a tooltip.
QString describe(const BodySummary &s)
{
    QStringList words;
    for (const Part &part : partsOf(s))
        words << QStringLiteral("%1 %2").arg(part.count).arg(part.word.toLower());
    return words.isEmpty() ? RagBar::tr("No actions") : words.join(QStringLiteral(", "));
}

} // namespace

RagBar::RagBar(QWidget *parent)
    : QAbstractButton(parent)
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumWidth(220);
}

void RagBar::setSummary(const BodySummary &summary)
{
    m_summary = summary;
    const QString words = describe(summary);
    setToolTip(words);
    setAccessibleName(tr("Actions of %1").arg(summary.name));
    setAccessibleDescription(words);
    update();
}

QSize RagBar::sizeHint() const
{
    return {420, fontMetrics().height() + 14};
}

void RagBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect area = rect().adjusted(1, 1, -1, -1);
    const QList<Part> parts = partsOf(m_summary);
    const int total = m_summary.actions();
    if (total == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignVCenter | Qt::AlignLeft, tr("No actions"));
        return;
    }
    // Each part gets room for its count at least, the rest by its share.
    const int minimum = fontMetrics().horizontalAdvance(QStringLiteral("888")) + 8;
    const int spare = std::max(0, area.width() - minimum * int(parts.size()));
    int x = area.left();
    for (int i = 0; i < parts.size(); ++i) {
        const Part &part = parts.at(i);
        int width = minimum + spare * part.count / total;
        if (i == parts.size() - 1)
            width = area.right() + 1 - x;
        const QRect box(x, area.top(), width, area.height());
        const housestyle::ToneColours colours = housestyle::toneColours(part.tone);
        painter.fillRect(box, colours.fill);
        painter.setPen(colours.ink);
        const QString full = QStringLiteral("%1 %2").arg(part.word).arg(part.count);
        const QString shown = fontMetrics().horizontalAdvance(full) + 8 <= width ? full : QString::number(part.count);
        painter.drawText(box, Qt::AlignCenter, shown);
        x += width;
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

Dashboard::Dashboard(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = pageLayout(this);
    layout->addWidget(pageHeading(tr("Dashboard"), this));
    layout->addWidget(pageNote(tr("Each body's actions by rating, how many are overdue, and its open risks by "
                                  "band. Choose any of them to see the list."),
                               this));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Long body names wrap rather than push the bars out of sight.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rows = new QWidget(scroll);
    m_grid = new QGridLayout(m_rows);
    m_grid->setContentsMargins(0, 6, 0, 0);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(8);
    scroll->setWidget(m_rows);
    layout->addWidget(scroll, 1);
    m_empty = pageNote(tr("No body has actions or open risks yet."), this);
    layout->addWidget(m_empty);

    connect(&m_workspace, &Workspace::recordChanged, this, [this](RecordKind kind, const QString &) {
        if (kind != RecordKind::Action && kind != RecordKind::Risk && kind != RecordKind::Body
            && kind != RecordKind::Workplan)
            return;
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

void Dashboard::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void Dashboard::refresh()
{
    m_stale = false;
    Store &store = m_workspace.store();
    auto bodies = store.list<Body>();
    auto actions = store.actionStandings();
    auto risks = store.list<Risk>();
    if (!bodies || !actions || !risks) {
        m_workspace.reportError(!bodies ? bodies.errorMessage()
                                        : !actions ? actions.errorMessage() : risks.errorMessage());
        return;
    }
    m_summaries = summariseBodies(*bodies, *actions, *risks, Clock::today());

    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto header = [this](const QString &text, int column) {
        auto *label = new QLabel(text, m_rows);
        label->setTextFormat(Qt::PlainText);
        QFont font = label->font();
        font.setWeight(QFont::DemiBold);
        label->setFont(font);
        m_grid->addWidget(label, 0, column);
    };
    header(tr("Body"), 0);
    header(tr("Actions by rating"), 1);
    header(tr("Overdue"), 2);
    header(tr("Open risks"), 3);
    int row = 1;
    for (const BodySummary &s : std::as_const(m_summaries)) {
        auto *name = new QLabel(s.name, m_rows);
        name->setTextFormat(Qt::PlainText);
        name->setWordWrap(true);
        name->setMinimumWidth(name->fontMetrics().averageCharWidth() * 16);
        m_grid->addWidget(name, row, 0);

        auto *bar = new RagBar(m_rows);
        bar->setSummary(s);
        m_grid->addWidget(bar, row, 1);
        connect(bar, &QAbstractButton::clicked, this, [this, id = s.body] { emit actionsRequested(id, false); });

        auto *overdue = new QPushButton(s.overdue == 0 ? tr("None") : tr("%1 overdue").arg(s.overdue), m_rows);
        overdue->setFlat(true);
        overdue->setAccessibleName(tr("%1: %2 overdue actions").arg(s.name).arg(s.overdue));
        if (s.overdue > 0) {
            QFont font = overdue->font();
            font.setWeight(QFont::DemiBold);
            overdue->setFont(font);
            QPalette palette = overdue->palette();
            palette.setColor(QPalette::ButtonText, housestyle::toneColours(Tone::Red).fill);
            overdue->setPalette(palette);
        }
        m_grid->addWidget(overdue, row, 2);
        connect(overdue, &QPushButton::clicked, this, [this, id = s.body] { emit actionsRequested(id, true); });

        QStringList bands;
        if (s.risksRed > 0)
            bands << tr("%1 red").arg(s.risksRed);
        if (s.risksAmber > 0)
            bands << tr("%1 amber").arg(s.risksAmber);
        if (s.risksGreen > 0)
            bands << tr("%1 green").arg(s.risksGreen);
        auto *riskButton = new QPushButton(bands.isEmpty() ? tr("None") : bands.join(QStringLiteral(", ")), m_rows);
        riskButton->setFlat(true);
        riskButton->setAccessibleName(tr("Open risks of %1").arg(s.name));
        m_grid->addWidget(riskButton, row, 3);
        connect(riskButton, &QPushButton::clicked, this, [this, id = s.body] { emit risksRequested(id); });
        ++row;
    }
    // The body's name has room to be read; the bar takes a little more.
    m_grid->setColumnStretch(0, 2);
    m_grid->setColumnStretch(1, 3);
    m_grid->setRowStretch(row, 1);
    m_empty->setVisible(m_summaries.isEmpty());
}

} // namespace bd
