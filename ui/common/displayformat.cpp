#include "displayformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>

namespace bd {

namespace {

const QLocale &british()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

} // namespace

QString displayDate(const QDate &date)
{
    return date.isValid() ? british().toString(date, dateEditFormat()) : QString();
}

QString displayMoney(qint64 pence)
{
    // Whole pounds through the locale (grouping), pence by hand: no floating point on money.
    const bool negative = pence < 0;
    const qint64 magnitude = negative ? -pence : pence;
    return QStringLiteral("%1\u00a3%2.%3")
        .arg(negative ? QStringLiteral("-") : QString(), british().toString(magnitude / 100))
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString dateEditFormat()
{
    return QStringLiteral("d MMMM yyyy");
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::DisplayFormat", text);
}

} // namespace

QString displayName(Sector value)
{
    switch (value) {
    case Sector::LocalAuthority:
        return tr("Local authority");
    case Sector::Police:
        return tr("Police");
    case Sector::Health:
        return tr("Health");
    case Sector::Education:
        return tr("Education");
    case Sector::Probation:
        return tr("Probation");
    case Sector::DistrictCouncil:
        return tr("District council");
    case Sector::Voluntary:
        return tr("Voluntary sector");
    case Sector::Other:
        return tr("Other");
    }
    return {};
}

QString displayName(BodyKind value)
{
    switch (value) {
    case BodyKind::Board:
        return tr("Board");
    case BodyKind::Executive:
        return tr("Executive");
    case BodyKind::Subgroup:
        return tr("Subgroup");
    case BodyKind::Panel:
        return tr("Panel");
    case BodyKind::ReviewGroup:
        return tr("Review group");
    case BodyKind::Other:
        return tr("Other");
    }
    return {};
}

QString displayName(Role value)
{
    switch (value) {
    case Role::Chair:
        return tr("Chair");
    case Role::ViceChair:
        return tr("Vice-chair");
    case Role::Member:
        return tr("Member");
    case Role::Adviser:
        return tr("Adviser");
    case Role::Secretariat:
        return tr("Secretariat");
    }
    return {};
}

QString displayName(MeetingStatus value)
{
    switch (value) {
    case MeetingStatus::Planned:
        return tr("Planned");
    case MeetingStatus::Held:
        return tr("Held");
    case MeetingStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString displayName(MinutesStatus value)
{
    switch (value) {
    case MinutesStatus::Draft:
        return tr("Draft");
    case MinutesStatus::Approved:
        return tr("Approved");
    }
    return {};
}

QString displayName(Rag value)
{
    switch (value) {
    case Rag::Red:
        return tr("Red");
    case Rag::Amber:
        return tr("Amber");
    case Rag::Green:
        return tr("Green");
    case Rag::Complete:
        return tr("Complete");
    }
    return {};
}

QString displayName(CaseReviewType value)
{
    switch (value) {
    case CaseReviewType::Scr:
        return tr("Serious case review");
    case CaseReviewType::Lcspr:
        return tr("Local child safeguarding practice review");
    case CaseReviewType::RapidReview:
        return tr("Rapid review");
    case CaseReviewType::Thematic:
        return tr("Thematic review");
    case CaseReviewType::Learning:
        return tr("Learning review");
    }
    return {};
}

QString displayName(CaseReviewStatus value)
{
    switch (value) {
    case CaseReviewStatus::Notified:
        return tr("Notified");
    case CaseReviewStatus::InProgress:
        return tr("In progress");
    case CaseReviewStatus::SignedOff:
        return tr("Signed off");
    case CaseReviewStatus::PublicationDelayed:
        return tr("Publication delayed");
    case CaseReviewStatus::Published:
        return tr("Published");
    case CaseReviewStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString displayName(CourseFormat value)
{
    switch (value) {
    case CourseFormat::FullDay:
        return tr("Full day");
    case CourseFormat::HalfDay:
        return tr("Half day");
    case CourseFormat::MultiDay:
        return tr("Several days");
    case CourseFormat::Bespoke:
        return tr("Bespoke");
    case CourseFormat::Briefing:
        return tr("Briefing");
    case CourseFormat::ELearning:
        return tr("E-learning");
    }
    return {};
}

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
