#include "displaytext.h"

#include <QCoreApplication>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::DisplayText", text);
}

} // namespace

const QLocale &britishLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QString displayDate(const QDate &date)
{
    return date.isValid() ? britishLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString displayDayAndDate(const QDate &date)
{
    return date.isValid() ? britishLocale().toString(date, QStringLiteral("dddd d MMMM yyyy")) : QString();
}

QString displayDateTime(const QDateTime &when)
{
    return when.isValid() ? britishLocale().toString(when, QStringLiteral("d MMMM yyyy, HH:mm")) : QString();
}

QString displayMoney(qint64 pence)
{
    // Whole pounds through the locale (grouping), pence by hand.
    const bool negative = pence < 0;
    const qint64 magnitude = negative ? -pence : pence;
    return QStringLiteral("%1\u00a3%2.%3")
        .arg(negative ? QStringLiteral("-") : QString(), britishLocale().toString(magnitude / 100))
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

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

} // namespace bd
