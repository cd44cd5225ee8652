#include "store.h"

#include "archive/archive.h"
#include "domain/ids.h"
#include "sqlbackend.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QSqlQuery>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::Store", text);
}

// Conversions between domain values and the values bound to SQL.
QVariant sqlDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// Digits at \a at..at+count of \a text as a number; -1 if any is not a digit.
int digitsAt(QStringView text, qsizetype at, qsizetype count)
{
    int n = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

// Dates and times are read for every row of every list: "YYYY-MM-DD" and "HH:MM" are read
// by hand (QDate::fromString and, far more, QTime::fromString with a format are slow),
// anything else as before.
QDate dateOf(const QVariant &value)
{
    if (value.isNull())
        return QDate();
    const QString text = value.toString();
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        const int y = digitsAt(text, 0, 4), m = digitsAt(text, 5, 2), d = digitsAt(text, 8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d);
    }
    return QDate::fromString(text, Qt::ISODate);
}

QVariant sqlTime(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QTime timeOf(const QVariant &value)
{
    if (value.isNull())
        return QTime();
    const QString text = value.toString();
    if (text.size() == 5 && text[2] == u':') {
        const int h = digitsAt(text, 0, 2), m = digitsAt(text, 3, 2);
        if (h >= 0 && m >= 0)
            return QTime(h, m);
    }
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

QVariant sqlRef(const Id &id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

QVariant sqlYear(const FinancialYear &year)
{
    return year.isValid() ? QVariant(year.startYear()) : QVariant();
}

FinancialYear yearOf(const QVariant &value)
{
    return value.isNull() ? FinancialYear() : FinancialYear(value.toInt());
}

QVariant sqlInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> intOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

template <typename E>
QVariant sqlEnum(E value)
{
    return enumKey(value);
}

template <typename E>
E enumOf(const QVariant &value, E fallback)
{
    return enumFromKey<E>(value.toString()).value_or(fallback);
}

QString textOf(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

// A record as compact JSON, for the audit log.
QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Year clauses: which records belong to a financial year.
struct Clause {
    QString sql;
    QVariantList values;
};

Clause yearColumn(const QString &column, const FinancialYear &year, YearStart)
{
    return {column + QStringLiteral(" = ?"), {year.startYear()}};
}

Clause dateInYear(const QString &column, const FinancialYear &year, YearStart start)
{
    return {column + QStringLiteral(" BETWEEN ? AND ?"), {sqlDate(year.firstDay(start)), sqlDate(year.lastDay(start))}};
}

Clause activeInYear(const QString &from, const QString &to, const FinancialYear &year, YearStart start)
{
    return {QStringLiteral("(%1 IS NULL OR %1 <= ?) AND (%2 IS NULL OR %2 >= ?)").arg(from, to),
            {sqlDate(year.lastDay(start)), sqlDate(year.firstDay(start))}};
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

} // namespace

// How each record maps to its table. keyCount is the number of leading columns that form
// the key; 0 means the table's own integer "id" (the record's rowId) is the key.
template <typename T>
struct Mapping;

template <>
struct Mapping<Agency> {
    static constexpr auto prefix = "agency";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("agencies"); }
    static QStringList columns() { return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("sector")}; }
    static QVariantList values(const Agency &r) { return {r.id, r.name, r.shortName, sqlEnum(r.sector)}; }
    static Agency read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), enumOf(q.value(3), Sector::Other)};
    }
    static QString order() { return QStringLiteral("rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &, YearStart) { return std::nullopt; }
};

template <>
struct Mapping<Person> {
    static constexpr auto prefix = "person";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("people"); }
    static QStringList columns() { return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("agency"), QStringLiteral("title"), QStringLiteral("email")}; }
    static QVariantList values(const Person &r) { return {r.id, r.name, sqlRef(r.agency), r.title, r.email}; }
    static Person read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), q.value(1).toString(), textOf(q.value(2)), q.value(3).toString(), q.value(4).toString()};
    }
    static QString order() { return QStringLiteral("rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &, YearStart) { return std::nullopt; }
};

template <>
struct Mapping<Body> {
    static constexpr auto prefix = "body";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("bodies"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("parent"),
                QStringLiteral("purpose"), QStringLiteral("established"), QStringLiteral("concluded")};
    }
    static QVariantList values(const Body &r)
    {
        return {r.id, r.name, sqlEnum(r.kind), sqlRef(r.parent), r.purpose, sqlDate(r.established), sqlDate(r.concluded)};
    }
    static Body read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), q.value(1).toString(), enumOf(q.value(2), BodyKind::Other), textOf(q.value(3)),
                q.value(4).toString(), dateOf(q.value(5)), dateOf(q.value(6))};
    }
    static QString order() { return QStringLiteral("rowid"); }
    static QString bodyColumn() { return QStringLiteral("id"); }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        return activeInYear(QStringLiteral("established"), QStringLiteral("concluded"), y, s);
    }
};

template <>
struct Mapping<Membership> {
    static constexpr auto prefix = "membership";
    static constexpr int keyCount = 0;
    static QString table() { return QStringLiteral("memberships"); }
    static QStringList columns()
    {
        return {QStringLiteral("body"), QStringLiteral("person"), QStringLiteral("role"), QStringLiteral("date_from"), QStringLiteral("date_to")};
    }
    static QVariantList values(const Membership &r)
    {
        return {r.body, r.person, sqlEnum(r.role), sqlDate(r.from), sqlDate(r.to)};
    }
    static Membership read(const QSqlQuery &q)
    {
        return {q.value(5).toLongLong(), q.value(0).toString(), q.value(1).toString(), enumOf(q.value(2), Role::Member),
                dateOf(q.value(3)), dateOf(q.value(4))};
    }
    static QString order() { return QStringLiteral("id"); }
    static QString bodyColumn() { return QStringLiteral("body"); }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        return activeInYear(QStringLiteral("date_from"), QStringLiteral("date_to"), y, s);
    }
};

template <>
struct Mapping<Priority> {
    static constexpr auto prefix = "priority";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("priorities"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"), QStringLiteral("year"), QStringLiteral("title"), QStringLiteral("lead_agency"), QStringLiteral("description")};
    }
    static QVariantList values(const Priority &r) { return {r.id, sqlYear(r.year), r.title, sqlRef(r.leadAgency), r.description}; }
    static Priority read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), yearOf(q.value(1)), q.value(2).toString(), textOf(q.value(3)), q.value(4).toString()};
    }
    static QString order() { return QStringLiteral("year, rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s) { return yearColumn(QStringLiteral("year"), y, s); }
};

template <>
struct Mapping<Meeting> {
    static constexpr auto prefix = "meeting";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("meetings"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"),     QStringLiteral("body"),    QStringLiteral("date"),
                QStringLiteral("time"),   QStringLiteral("location"), QStringLiteral("status"),
                QStringLiteral("minutes"), QStringLiteral("approved_on"), QStringLiteral("cases_reviewed")};
    }
    static QVariantList values(const Meeting &r)
    {
        return {r.id, r.body, sqlDate(r.date), sqlTime(r.time), r.location, sqlEnum(r.status), sqlEnum(r.minutes),
                sqlDate(r.approvedOn), sqlInt(r.casesReviewed)};
    }
    static Meeting read(const QSqlQuery &q)
    {
        Meeting m;
        m.id = q.value(0).toString();
        m.body = q.value(1).toString();
        m.date = dateOf(q.value(2));
        m.time = timeOf(q.value(3));
        m.location = q.value(4).toString();
        m.status = enumOf(q.value(5), MeetingStatus::Held);
        m.minutes = enumOf(q.value(6), MinutesStatus::Draft);
        m.approvedOn = dateOf(q.value(7));
        m.casesReviewed = intOf(q.value(8));
        return m;
    }
    static QString order() { return QStringLiteral("date, time, id"); }
    static QString bodyColumn() { return QStringLiteral("body"); }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s) { return dateInYear(QStringLiteral("date"), y, s); }
};

template <>
struct Mapping<Workplan> {
    static constexpr auto prefix = "workplan";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("workplans"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"), QStringLiteral("body"), QStringLiteral("title"), QStringLiteral("year"),
                QStringLiteral("status"), QStringLiteral("closed_on")};
    }
    static QVariantList values(const Workplan &r)
    {
        return {r.id, r.body, r.title, sqlYear(r.year), sqlEnum(r.status), sqlDate(r.closedOn)};
    }
    static Workplan read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), yearOf(q.value(3)),
                enumOf(q.value(4), WorkplanStatus::Open), dateOf(q.value(5))};
    }
    static QString order() { return QStringLiteral("year, rowid"); }
    static QString bodyColumn() { return QStringLiteral("body"); }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s) { return yearColumn(QStringLiteral("year"), y, s); }
};

template <>
struct Mapping<Action> {
    static constexpr auto prefix = "action";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("actions"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"),       QStringLiteral("body"),        QStringLiteral("text"),
                QStringLiteral("ref"),      QStringLiteral("workplan"),    QStringLiteral("case_review"),
                QStringLiteral("raised_at"), QStringLiteral("owner"),      QStringLiteral("owner_agency"),
                QStringLiteral("due")};
    }
    static QVariantList values(const Action &r)
    {
        return {r.id, r.body, r.text, r.ref, sqlRef(r.workplan), sqlRef(r.caseReview), sqlRef(r.raisedAt),
                sqlRef(r.owner), sqlRef(r.ownerAgency), sqlDate(r.due)};
    }
    static Action read(const QSqlQuery &q)
    {
        Action a;
        a.id = q.value(0).toString();
        a.body = q.value(1).toString();
        a.text = q.value(2).toString();
        a.ref = q.value(3).toString();
        a.workplan = textOf(q.value(4));
        a.caseReview = textOf(q.value(5));
        a.raisedAt = textOf(q.value(6));
        a.owner = textOf(q.value(7));
        a.ownerAgency = textOf(q.value(8));
        a.due = dateOf(q.value(9));
        return a;
    }
    static QString order() { return QStringLiteral("rowid"); }
    static QString bodyColumn() { return QStringLiteral("body"); }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        // Actions of that year's workplans, and the others due in that year.
        Clause due = dateInYear(QStringLiteral("due"), y, s);
        return Clause{QStringLiteral("(workplan IN (SELECT id FROM workplans WHERE year = ?) OR "
                                     "(workplan IS NULL AND %1))").arg(due.sql),
                      QVariantList{y.startYear()} + due.values};
    }
};

template <>
struct Mapping<Risk> {
    static constexpr auto prefix = "risk";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("risks"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"),    QStringLiteral("body"),        QStringLiteral("title"),
                QStringLiteral("description"), QStringLiteral("owner"), QStringLiteral("owner_agency"),
                QStringLiteral("opened"), QStringLiteral("closed")};
    }
    static QVariantList values(const Risk &r)
    {
        return {r.id, r.body, r.title, r.description, sqlRef(r.owner), sqlRef(r.ownerAgency), sqlDate(r.opened), sqlDate(r.closed)};
    }
    static Risk read(const QSqlQuery &q)
    {
        Risk r;
        r.id = q.value(0).toString();
        r.body = q.value(1).toString();
        r.title = q.value(2).toString();
        r.description = q.value(3).toString();
        r.owner = textOf(q.value(4));
        r.ownerAgency = textOf(q.value(5));
        r.opened = dateOf(q.value(6));
        r.closed = dateOf(q.value(7));
        return r;
    }
    static QString order() { return QStringLiteral("opened, rowid"); }
    static QString bodyColumn() { return QStringLiteral("body"); }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        return activeInYear(QStringLiteral("opened"), QStringLiteral("closed"), y, s);
    }
};

template <>
struct Mapping<Funding> {
    static constexpr auto prefix = "funding";
    static constexpr int keyCount = 2;
    static QString table() { return QStringLiteral("funding"); }
    static QStringList columns() { return {QStringLiteral("year"), QStringLiteral("agency"), QStringLiteral("amount_pence"), QStringLiteral("note")}; }
    static QVariantList values(const Funding &r) { return {sqlYear(r.year), r.agency, r.amountPence, r.note}; }
    static Funding read(const QSqlQuery &q)
    {
        return {yearOf(q.value(0)), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()};
    }
    static QString order() { return QStringLiteral("year, rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s) { return yearColumn(QStringLiteral("year"), y, s); }
};

template <>
struct Mapping<Spending> {
    static constexpr auto prefix = "spending";
    static constexpr int keyCount = 0;
    static QString table() { return QStringLiteral("spending"); }
    static QStringList columns() { return {QStringLiteral("year"), QStringLiteral("category"), QStringLiteral("amount_pence"), QStringLiteral("note")}; }
    static QVariantList values(const Spending &r) { return {sqlYear(r.year), r.category, r.amountPence, r.note}; }
    static Spending read(const QSqlQuery &q)
    {
        return {q.value(4).toLongLong(), yearOf(q.value(0)), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()};
    }
    static QString order() { return QStringLiteral("year, id"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s) { return yearColumn(QStringLiteral("year"), y, s); }
};

template <>
struct Mapping<CaseReview> {
    static constexpr auto prefix = "review";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("case_reviews"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"),     QStringLiteral("name"),       QStringLiteral("type"),
                QStringLiteral("notified"), QStringLiteral("status"),   QStringLiteral("signed_off"),
                QStringLiteral("published"), QStringLiteral("url"),     QStringLiteral("note")};
    }
    static QVariantList values(const CaseReview &r)
    {
        return {r.id, r.name, sqlEnum(r.type), sqlDate(r.notified), sqlEnum(r.status), sqlDate(r.signedOff),
                sqlDate(r.published), r.url, r.note};
    }
    static CaseReview read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), q.value(1).toString(), enumOf(q.value(2), CaseReviewType::Scr),
                dateOf(q.value(3)), enumOf(q.value(4), CaseReviewStatus::Notified), dateOf(q.value(5)),
                dateOf(q.value(6)), q.value(7).toString(), q.value(8).toString()};
    }
    static QString order() { return QStringLiteral("rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s) { return dateInYear(QStringLiteral("notified"), y, s); }
};

template <>
struct Mapping<Course> {
    static constexpr auto prefix = "course";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("courses"); }
    static QStringList columns() { return {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("format"), QStringLiteral("description")}; }
    static QVariantList values(const Course &r) { return {r.id, r.title, sqlEnum(r.format), r.description}; }
    static Course read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), q.value(1).toString(), enumOf(q.value(2), CourseFormat::FullDay), q.value(3).toString()};
    }
    static QString order() { return QStringLiteral("rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &, YearStart) { return std::nullopt; }
};

template <>
struct Mapping<TrainingSession> {
    static constexpr auto prefix = "session";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("training_sessions"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"),        QStringLiteral("course"), QStringLiteral("date"),
                QStringLiteral("status"),    QStringLiteral("attendees"), QStringLiteral("places"),
                QStringLiteral("cancel_reason"), QStringLiteral("note")};
    }
    static QVariantList values(const TrainingSession &r)
    {
        return {r.id, r.course, sqlDate(r.date), sqlEnum(r.status), sqlInt(r.attendees), sqlInt(r.places),
                r.cancelReason ? sqlEnum(*r.cancelReason) : QVariant(), r.note};
    }
    static TrainingSession read(const QSqlQuery &q)
    {
        TrainingSession t;
        t.id = q.value(0).toString();
        t.course = q.value(1).toString();
        t.date = dateOf(q.value(2));
        t.status = enumOf(q.value(3), SessionStatus::Held);
        t.attendees = intOf(q.value(4));
        t.places = intOf(q.value(5));
        if (!q.value(6).isNull())
            t.cancelReason = enumFromKey<CancelReason>(q.value(6).toString());
        t.note = q.value(7).toString();
        return t;
    }
    static QString order() { return QStringLiteral("date, id"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s) { return dateInYear(QStringLiteral("date"), y, s); }
};

template <>
struct Mapping<KeyFact> {
    static constexpr auto prefix = "fact";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("key_facts"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"), QStringLiteral("year"), QStringLiteral("label"), QStringLiteral("value"),
                QStringLiteral("comparator"), QStringLiteral("source")};
    }
    static QVariantList values(const KeyFact &r) { return {r.id, sqlYear(r.year), r.label, r.value, r.comparator, sqlRef(r.source)}; }
    static KeyFact read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), yearOf(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), textOf(q.value(5))};
    }
    static QString order() { return QStringLiteral("year, rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s) { return yearColumn(QStringLiteral("year"), y, s); }
};

template <>
struct Mapping<Source> {
    static constexpr auto prefix = "source";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("sources"); }
    // Sources keep their list order: it numbers the footnotes that are not cited.
    static QStringList columns() { return {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("url"), QStringLiteral("position")}; }
    static QVariantList values(const Source &r) { return {r.id, r.text, r.url}; }
    static Source read(const QSqlQuery &q) { return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}; }
    static QString order() { return QStringLiteral("position, id"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &, YearStart) { return std::nullopt; }
};

template <>
struct Mapping<ReportText> {
    static constexpr auto prefix = "text";
    static constexpr int keyCount = 2;
    static QString table() { return QStringLiteral("report_texts"); }
    static QStringList columns() { return {QStringLiteral("year"), QStringLiteral("section"), QStringLiteral("text")}; }
    static QVariantList values(const ReportText &r) { return {sqlYear(r.year), r.section, r.text}; }
    static ReportText read(const QSqlQuery &q) { return {yearOf(q.value(0)), q.value(1).toString(), q.value(2).toString()}; }
    static QString order() { return QStringLiteral("year, rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s) { return yearColumn(QStringLiteral("year"), y, s); }
};

template <>
struct Mapping<Newsletter> {
    static constexpr auto prefix = "newsletter";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("newsletters"); }
    static QStringList columns() { return {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("title")}; }
    static QVariantList values(const Newsletter &r) { return {r.id, r.number, sqlDate(r.date), r.title}; }
    static Newsletter read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), q.value(1).toInt(), dateOf(q.value(2)), q.value(3).toString(), {}};
    }
    static QString order() { return QStringLiteral("number"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s) { return dateInYear(QStringLiteral("date"), y, s); }
};

namespace {

// What belongs to a record beyond its own row. Each aggregate that has such parts says how
// to save them (after the row is written) and load them (for a list of records at once).
template <typename T>
struct Parts {
    static Result<void> save(Store &, Database &, T &, bool) { return {}; }
    static Result<void> load(Database &, QList<T> &) { return {}; }
};

// selectOne's "WHERE key = ?" as "WHERE key IN (?, ...)" for \a count keys, its rows
// grouped by key first (then in selectOne's order).
QString selectSome(const QString &selectOne, int count)
{
    static const QRegularExpression where(QStringLiteral("WHERE (\\S+) = \\?"));
    const auto match = where.match(selectOne);
    if (!match.hasMatch())
        return {};
    const QString key = match.captured(1);
    QString sql = selectOne;
    sql.replace(match.capturedStart(), match.capturedLength(), QStringLiteral("WHERE %1 IN (%2)").arg(key, placeholders(count)));
    // The outer ORDER BY, the last one (a subquery may have its own).
    if (const qsizetype order = sql.lastIndexOf(QStringLiteral("ORDER BY ")); order >= 0)
        sql.insert(order + 9, key + QStringLiteral(", "));
    return sql;
}

// Loads child rows for a list of parents, grouped by the parent's key: one query per parent
// for a short list; for a longer one (a body's actions, a year's meetings) the parents'
// rows a chunk of parents at a time, so the time follows the parents and not the size of
// the table; for a very long one (an export) the whole table in one query.
template <typename Parent, typename RowFn>
Result<void> loadChildren(Database &db, QList<Parent> &parents, const QString &selectAll, const QString &selectOne,
                          RowFn &&addRow)
{
    if (parents.isEmpty())
        return {};
    if (parents.size() <= 32) {
        // Every row of selectOne is its parent's: no need to look the key up.
        for (auto &parent : parents) {
            if (auto done = db.select(selectOne, {parent.id}, [&](const QSqlQuery &q) { addRow(parent, q); }); !done)
                return done;
        }
        return {};
    }
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < parents.size(); ++i)
        index.insert(parents[i].id, i);
    auto dispatch = [&](const QSqlQuery &q) {
        const auto it = index.constFind(q.value(0).toString());
        if (it != index.constEnd())
            addRow(parents[*it], q);
    };
    constexpr int chunk = 64; // keys a query; one prepared statement for every chunk
    const QString some = parents.size() <= 4000 ? selectSome(selectOne, chunk) : QString();
    if (some.isEmpty())
        return db.select(selectAll, {}, dispatch);
    for (qsizetype from = 0; from < parents.size(); from += chunk) {
        QVariantList keys;
        for (qsizetype i = from; i < from + chunk; ++i)
            keys << (i < parents.size() ? QVariant(parents[i].id) : QVariant(QString())); // no key is empty
        if (auto done = db.select(some, keys, dispatch); !done)
            return done;
    }
    return {};
}

// \a fresh: the owner was inserted just now, so it has no links to clear.
Result<void> savePriorityLinks(Database &db, const QString &table, const QString &ownerColumn, const QVariant &owner,
                               const QStringList &priorities, bool fresh = false)
{
    if (fresh && priorities.isEmpty())
        return {};
    if (auto cleared = fresh ? Result<int>(0) : db.run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn), {owner});
        !cleared)
        return cleared.error();
    for (qsizetype i = 0; i < priorities.size(); ++i) {
        auto added = db.run(QStringLiteral("INSERT INTO %1 (%2, position, priority) VALUES (?, ?, ?)").arg(table, ownerColumn),
                            {owner, int(i), priorities.at(i)});
        if (!added)
            return added.error();
    }
    return {};
}

template <>
struct Parts<Action> {
    static Result<void> save(Store &, Database &db, Action &a, bool inserted)
    {
        if (auto p = savePriorityLinks(db, QStringLiteral("action_priorities"), QStringLiteral("action"), a.id, a.priorities, inserted);
            !p)
            return p;
        if (auto cleared = inserted ? Result<int>(0) : db.run(QStringLiteral("DELETE FROM action_reviews WHERE action = ?"), {a.id});
            !cleared)
            return cleared.error();
        for (qsizetype i = 0; i < a.reviews.size(); ++i) {
            const ActionReview &r = a.reviews.at(i);
            auto added = db.run(QStringLiteral("INSERT INTO action_reviews (action, position, date, rag, note, meeting) "
                                               "VALUES (?, ?, ?, ?, ?, ?)"),
                                {a.id, int(i), sqlDate(r.date), sqlEnum(r.rag), r.note, sqlRef(r.meeting)});
            if (!added)
                return added.error();
        }
        return {};
    }
    static Result<void> load(Database &db, QList<Action> &actions)
    {
        auto priorities = loadChildren(
            db, actions, QStringLiteral("SELECT action, priority FROM action_priorities ORDER BY action, position"),
            QStringLiteral("SELECT action, priority FROM action_priorities WHERE action = ? ORDER BY position"),
            [](Action &a, const QSqlQuery &q) { a.priorities << q.value(1).toString(); });
        if (!priorities)
            return priorities;
        return loadChildren(
            db, actions,
            QStringLiteral("SELECT action, date, rag, note, meeting FROM action_reviews ORDER BY action, position"),
            QStringLiteral("SELECT action, date, rag, note, meeting FROM action_reviews WHERE action = ? ORDER BY position"),
            [](Action &a, const QSqlQuery &q) {
                a.reviews << ActionReview{dateOf(q.value(1)), enumOf(q.value(2), Rag::Amber), q.value(3).toString(),
                                          textOf(q.value(4))};
            });
    }
};

template <>
struct Parts<Risk> {
    static Result<void> save(Store &, Database &db, Risk &r, bool)
    {
        if (auto cleared = db.run(QStringLiteral("DELETE FROM risk_reviews WHERE risk = ?"), {r.id}); !cleared)
            return cleared.error();
        for (qsizetype i = 0; i < r.reviews.size(); ++i) {
            const RiskReview &v = r.reviews.at(i);
            auto added = db.run(QStringLiteral("INSERT INTO risk_reviews (risk, position, date, likelihood, impact, note, meeting) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                {r.id, int(i), sqlDate(v.date), v.likelihood, v.impact, v.note, sqlRef(v.meeting)});
            if (!added)
                return added.error();
        }
        return {};
    }
    static Result<void> load(Database &db, QList<Risk> &risks)
    {
        return loadChildren(
            db, risks,
            QStringLiteral("SELECT risk, date, likelihood, impact, note, meeting FROM risk_reviews ORDER BY risk, position"),
            QStringLiteral("SELECT risk, date, likelihood, impact, note, meeting FROM risk_reviews WHERE risk = ? ORDER BY position"),
            [](Risk &r, const QSqlQuery &q) {
                r.reviews << RiskReview{dateOf(q.value(1)), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toString(),
                                        textOf(q.value(5))};
            });
    }
};

template <>
struct Parts<Newsletter> {
    static Result<void> save(Store &, Database &db, Newsletter &n, bool)
    {
        if (auto cleared = db.run(QStringLiteral("DELETE FROM newsletter_items WHERE newsletter = ?"), {n.id}); !cleared)
            return cleared.error();
        for (qsizetype i = 0; i < n.items.size(); ++i) {
            const NewsletterItem &item = n.items.at(i);
            auto added = db.run(QStringLiteral("INSERT INTO newsletter_items (newsletter, position, section, title, body) "
                                               "VALUES (?, ?, ?, ?, ?)"),
                                {n.id, int(i), item.section, item.title, item.body});
            if (!added)
                return added.error();
            const qint64 itemId = db.lastInsertId();
            for (qsizetype j = 0; j < item.links.size(); ++j) {
                auto link = db.run(QStringLiteral("INSERT INTO newsletter_links (item, position, label, url) VALUES (?, ?, ?, ?)"),
                                   {itemId, int(j), item.links.at(j).label, item.links.at(j).url});
                if (!link)
                    return link.error();
            }
        }
        return {};
    }
    static Result<void> load(Database &db, QList<Newsletter> &newsletters)
    {
        // Items with their links, in one pass: links join onto their item's row.
        return loadChildren(
            db, newsletters,
            QStringLiteral("SELECT i.newsletter, i.id, i.section, i.title, i.body, l.label, l.url FROM newsletter_items i "
                           "LEFT JOIN newsletter_links l ON l.item = i.id ORDER BY i.newsletter, i.position, l.position"),
            QStringLiteral("SELECT i.newsletter, i.id, i.section, i.title, i.body, l.label, l.url FROM newsletter_items i "
                           "LEFT JOIN newsletter_links l ON l.item = i.id WHERE i.newsletter = ? ORDER BY i.position, l.position"),
            [lastItem = qint64(-1)](Newsletter &n, const QSqlQuery &q) mutable {
                const qint64 itemId = q.value(1).toLongLong();
                if (itemId != lastItem || n.items.isEmpty()) {
                    n.items << NewsletterItem{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), {}};
                    lastItem = itemId;
                }
                if (!q.value(6).isNull())
                    n.items.last().links << NewsletterLink{q.value(5).toString(), q.value(6).toString()};
            });
    }
};

} // namespace

// ---------------------------------------------------------------------------------------

Store::Store(std::unique_ptr<Database> database)
    : m_db(std::move(database))
{
}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString &path, OpenOptions options)
{
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    return std::make_unique<Store>(std::move(*db));
}

Result<Partnership> Store::partnership()
{
    Partnership p;
    auto done = m_db->select(QStringLiteral("SELECT name, short_name, contact_email, financial_year_start, heading_did, "
                                            "heading_difference FROM partnership WHERE singleton = 1"),
                             {}, [&](const QSqlQuery &q) {
                                 p.name = q.value(0).toString();
                                 p.shortName = q.value(1).toString();
                                 p.contactEmail = q.value(2).toString();
                                 p.financialYearStart = YearStart::parse(q.value(3).toString()).value_or(YearStart{});
                                 p.headings = {q.value(4).toString(), q.value(5).toString()};
                             });
    if (!done)
        return done.error();
    return p;
}

Result<void> Store::setPartnership(const Partnership &p)
{
    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started();
    std::optional<Partnership> before;
    if (!m_importing) {
        auto exists = m_db->scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM partnership)"));
        if (!exists)
            return exists.error();
        if (exists->toBool()) {
            auto current = partnership();
            if (!current)
                return current.error();
            before = *current;
        }
    }
    auto saved = m_db->run(QStringLiteral("INSERT INTO partnership (singleton, name, short_name, contact_email, "
                                          "financial_year_start, heading_did, heading_difference) VALUES (1, ?, ?, ?, ?, ?, ?) "
                                          "ON CONFLICT (singleton) DO UPDATE SET name = excluded.name, "
                                          "short_name = excluded.short_name, contact_email = excluded.contact_email, "
                                          "financial_year_start = excluded.financial_year_start, "
                                          "heading_did = excluded.heading_did, heading_difference = excluded.heading_difference"),
                           {p.name, p.shortName, p.contactEmail, p.financialYearStart.toString(),
                            p.headings.did.isEmpty() ? Headings::defaultDid() : p.headings.did,
                            p.headings.difference.isEmpty() ? Headings::defaultDifference() : p.headings.difference});
    if (!saved)
        return saved.error();
    if (!m_importing) {
        auto after = partnership();
        if (!after)
            return after.error();
        const QString was = before ? jsonText(recordJson(*before)) : QString();
        const QString is = jsonText(recordJson(*after));
        if (was != is) {
            if (auto logged = logChange(QStringLiteral("partnership"), QString(),
                                        before ? AuditAction::Update : AuditAction::Insert, was, is);
                !logged)
                return logged;
        }
    }
    m_yearStart = p.financialYearStart;
    return transaction.commit();
}

YearStart Store::yearStart()
{
    if (!m_yearStart) {
        auto p = partnership();
        m_yearStart = p ? p->financialYearStart : YearStart{};
    }
    return *m_yearStart;
}

Result<bool> Store::isEmpty()
{
    static const QStringList tables{QStringLiteral("partnership"), QStringLiteral("agencies"), QStringLiteral("people"),
                                    QStringLiteral("bodies"), QStringLiteral("meetings"), QStringLiteral("actions"),
                                    QStringLiteral("funding"), QStringLiteral("spending"), QStringLiteral("case_reviews"),
                                    QStringLiteral("courses"), QStringLiteral("sources"), QStringLiteral("report_texts"),
                                    QStringLiteral("newsletters"), QStringLiteral("priorities"), QStringLiteral("risks"),
                                    QStringLiteral("workplans"), QStringLiteral("key_facts"), QStringLiteral("memberships"),
                                    QStringLiteral("training_sessions")};
    for (const QString &table : tables) {
        auto any = m_db->scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table));
        if (!any)
            return any.error();
        if (any->toBool())
            return false;
    }
    return true;
}

namespace {

template <typename T>
QString describe(const T &record)
{
    if constexpr (Mapping<T>::keyCount == 0)
        return QStringLiteral("%1 %2").arg(QLatin1String(Mapping<T>::prefix)).arg(record.rowId);
    else if constexpr (Mapping<T>::keyCount == 1)
        return QStringLiteral("%1 \"%2\"").arg(QLatin1String(Mapping<T>::prefix), Mapping<T>::values(record).at(0).toString());
    else {
        const QVariantList v = Mapping<T>::values(record);
        return QStringLiteral("%1 %2 %3").arg(QLatin1String(Mapping<T>::prefix), FinancialYear(v.at(0).toInt()).toString(), v.at(1).toString());
    }
}

template <typename T>
Error failed(const T &record, const Error &error)
{
    return Error{tr("Could not save %1: %2").arg(describe(record), error.message)};
}

template <typename T>
QVariantList keyValues(const T &record)
{
    if constexpr (Mapping<T>::keyCount == 0)
        return {record.rowId};
    else
        return Mapping<T>::values(record).mid(0, Mapping<T>::keyCount);
}

template <typename T>
QString keyWhere()
{
    if constexpr (Mapping<T>::keyCount == 0)
        return QStringLiteral("id = ?");
    QStringList parts;
    const QStringList columns = Mapping<T>::columns();
    for (int i = 0; i < Mapping<T>::keyCount; ++i)
        parts << columns.at(i) + QStringLiteral(" = ?");
    return parts.join(QStringLiteral(" AND "));
}

template <typename T>
QString selectColumns()
{
    QString columns = Mapping<T>::columns().join(QStringLiteral(", "));
    if constexpr (Mapping<T>::keyCount == 0)
        columns += QStringLiteral(", id");
    return columns;
}

} // namespace

// The audit log ---------------------------------------------------------------------------

namespace {

// The archive's name for each kind of record, in the singular.
template <typename T> constexpr const char *auditKind();
template <> constexpr const char *auditKind<Agency>() { return "agency"; }
template <> constexpr const char *auditKind<Person>() { return "person"; }
template <> constexpr const char *auditKind<Body>() { return "body"; }
template <> constexpr const char *auditKind<Membership>() { return "membership"; }
template <> constexpr const char *auditKind<Priority>() { return "priority"; }
template <> constexpr const char *auditKind<Meeting>() { return "meeting"; }
template <> constexpr const char *auditKind<Workplan>() { return "workplan"; }
template <> constexpr const char *auditKind<Action>() { return "action"; }
template <> constexpr const char *auditKind<Risk>() { return "risk"; }
template <> constexpr const char *auditKind<Funding>() { return "funding"; }
template <> constexpr const char *auditKind<Spending>() { return "spending"; }
template <> constexpr const char *auditKind<CaseReview>() { return "caseReview"; }
template <> constexpr const char *auditKind<Course>() { return "course"; }
template <> constexpr const char *auditKind<TrainingSession>() { return "trainingSession"; }
template <> constexpr const char *auditKind<KeyFact>() { return "keyFact"; }
template <> constexpr const char *auditKind<Source>() { return "source"; }
template <> constexpr const char *auditKind<ReportText>() { return "reportText"; }
template <> constexpr const char *auditKind<Newsletter>() { return "newsletter"; }

template <typename T>
QString auditKey(const T &record)
{
    if constexpr (Mapping<T>::keyCount == 0)
        return QString::number(record.rowId);
    else if constexpr (Mapping<T>::keyCount == 1)
        return Mapping<T>::values(record).at(0).toString();
    else {
        const QVariantList v = Mapping<T>::values(record);
        return FinancialYear(v.at(0).toInt()).toString() + QLatin1Char('/') + v.at(1).toString();
    }
}

// A meeting's bullets change through the entry functions and are logged there.
template <typename T>
QString auditJson(T record, bool withEntries)
{
    if constexpr (std::is_same_v<T, Meeting>) {
        if (!withEntries)
            record.entries.clear();
    }
    return jsonText(recordJson(record));
}

// The record with \a record's key as stored now, with its parts (not for meetings: Store::get).
template <typename T>
Result<std::optional<T>> loadStored(Database &db, const T &record)
{
    std::optional<T> found;
    auto done = db.select(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(selectColumns<T>(), Mapping<T>::table(), keyWhere<T>()),
                          keyValues(record), [&](const QSqlQuery &q) { found = Mapping<T>::read(q); });
    if (!done)
        return done.error();
    if (found) {
        QList<T> one{*found};
        if (auto parts = Parts<T>::load(db, one); !parts)
            return parts.error();
        found = one.constFirst();
    }
    return found;
}

// The archive's lists and the tables that hold them, for an import's one audit row.
const QList<std::pair<QString, QString>> &listTables()
{
    static const QList<std::pair<QString, QString>> tables{
        {QStringLiteral("agencies"), QStringLiteral("agencies")},
        {QStringLiteral("people"), QStringLiteral("people")},
        {QStringLiteral("bodies"), QStringLiteral("bodies")},
        {QStringLiteral("memberships"), QStringLiteral("memberships")},
        {QStringLiteral("priorities"), QStringLiteral("priorities")},
        {QStringLiteral("meetings"), QStringLiteral("meetings")},
        {QStringLiteral("entries"), QStringLiteral("entries")},
        {QStringLiteral("workplans"), QStringLiteral("workplans")},
        {QStringLiteral("actions"), QStringLiteral("actions")},
        {QStringLiteral("risks"), QStringLiteral("risks")},
        {QStringLiteral("funding"), QStringLiteral("funding")},
        {QStringLiteral("spending"), QStringLiteral("spending")},
        {QStringLiteral("caseReviews"), QStringLiteral("case_reviews")},
        {QStringLiteral("courses"), QStringLiteral("courses")},
        {QStringLiteral("trainingSessions"), QStringLiteral("training_sessions")},
        {QStringLiteral("keyFacts"), QStringLiteral("key_facts")},
        {QStringLiteral("sources"), QStringLiteral("sources")},
        {QStringLiteral("reportTexts"), QStringLiteral("report_texts")},
        {QStringLiteral("newsletters"), QStringLiteral("newsletters")}};
    return tables;
}

Result<QString> countRecords(Database &db)
{
    QJsonObject counts;
    for (const auto &[name, table] : listTables()) {
        auto count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        if (!count)
            return count.error();
        counts.insert(name, count->toInt());
    }
    return jsonText(counts);
}

} // namespace

void Store::setAuditClock(std::function<QDateTime()> clock)
{
    m_auditClock = std::move(clock);
}

Result<void> Store::logChange(const QString &kind, const QString &key, AuditAction action, const QString &before,
                              const QString &after)
{
    AuditEntry entry;
    entry.at = m_auditClock ? m_auditClock() : QDateTime::currentDateTimeUtc();
    entry.osUser = currentOsUser();
    entry.kind = kind;
    entry.recordKey = key;
    entry.action = action;
    entry.before = before;
    entry.after = after;
    return audit::write(*m_db, entry);
}

Result<QString> Store::entryJson(qint64 rowId)
{
    Id meeting;
    auto found = m_db->select(QStringLiteral("SELECT meeting FROM entries WHERE id = ?"), {rowId},
                              [&](const QSqlQuery &q) { meeting = q.value(0).toString(); });
    if (!found)
        return found.error();
    if (meeting.isEmpty())
        return QString();
    auto stored = get<Meeting>(meeting);
    if (!stored)
        return stored.error();
    if (!*stored)
        return QString();
    // The bullet with its sub-bullets, and where it is.
    std::function<std::optional<QJsonObject>(const QList<Entry> &, qint64)> find =
        [&](const QList<Entry> &entries, qint64 parent) -> std::optional<QJsonObject> {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const Entry &e = entries.at(i);
            if (e.rowId == rowId) {
                QJsonObject object = recordJson(e);
                object.insert(QStringLiteral("meeting"), meeting);
                if (parent)
                    object.insert(QStringLiteral("parent"), double(parent));
                object.insert(QStringLiteral("position"), int(i));
                return object;
            }
            if (auto inner = find(e.children, e.rowId))
                return inner;
        }
        return std::nullopt;
    };
    const auto object = find((*stored)->entries, 0);
    return object ? jsonText(*object) : QString();
}

Result<void> Store::logEntryChange(qint64 rowId, const QString &before)
{
    auto after = entryJson(rowId);
    if (!after)
        return after.error();
    if (*after == before)
        return {};
    return logChange(QStringLiteral("entry"), QString::number(rowId), AuditAction::Update, before, *after);
}

template <typename T>
Result<T> Store::insert(const T &record)
{
    T stored = record;
    if constexpr (Mapping<T>::keyCount == 1) {
        if (stored.id.isEmpty())
            stored.id = newId(QString::fromLatin1(Mapping<T>::prefix));
    }
    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started().error();

    QStringList columns = Mapping<T>::columns();
    QVariantList values = Mapping<T>::values(stored);
    if constexpr (std::is_same_v<T, Source>) {
        // A new source goes to the end of the list.
        auto last = m_db->scalar(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM sources"));
        if (!last)
            return failed(stored, last.error());
        values << *last;
    }
    auto added = m_db->run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(Mapping<T>::table(), columns.join(QStringLiteral(", ")), placeholders(columns.size())),
                           values);
    if (!added) {
        if constexpr (Mapping<T>::keyCount > 0) {
            auto exists = m_db->scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2)").arg(Mapping<T>::table(), keyWhere<T>()),
                                       keyValues(stored));
            if (exists && exists->toBool())
                return Error{tr("There is already a %1; a second one was not added.").arg(describe(stored))};
        }
        return failed(stored, added.error());
    }
    if constexpr (Mapping<T>::keyCount == 0)
        stored.rowId = m_db->lastInsertId();
    if constexpr (std::is_same_v<T, Meeting>) {
        if (auto parts = saveAttendance(stored); !parts)
            return failed(stored, parts.error());
        QList<Entry> entries;
        if (auto parts = insertEntries(stored.id, 0, stored.entries, &entries); !parts)
            return failed(stored, parts.error());
        stored.entries = entries;
    } else {
        if (auto parts = Parts<T>::save(*this, *m_db, stored, true); !parts)
            return failed(stored, parts.error());
    }
    if (!m_importing) {
        if (auto logged = logChange(QLatin1String(auditKind<T>()), auditKey(stored), AuditAction::Insert, QString(),
                                    auditJson(stored, true));
            !logged)
            return failed(stored, logged.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return failed(stored, committed.error());
    return stored;
}

template <typename T>
Result<void> Store::update(const T &record)
{
    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started();
    std::optional<T> before;
    if (!m_importing) {
        Result<std::optional<T>> found = [&] {
            if constexpr (std::is_same_v<T, Meeting>)
                return get<Meeting>(record.id);
            else
                return loadStored(*m_db, record);
        }();
        if (!found)
            return failed(record, found.error());
        before = *found;
    }
    const QStringList columns = Mapping<T>::columns();
    QStringList sets;
    for (qsizetype i = Mapping<T>::keyCount; i < columns.size(); ++i) {
        if (!(std::is_same_v<T, Source> && columns.at(i) == QLatin1String("position")))
            sets << columns.at(i) + QStringLiteral(" = ?");
    }
    const QVariantList values = Mapping<T>::values(record).mid(Mapping<T>::keyCount) + keyValues(record);
    auto changed = m_db->run(QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(Mapping<T>::table(), sets.join(QStringLiteral(", ")), keyWhere<T>()),
                             values);
    if (!changed)
        return failed(record, changed.error());
    if (*changed == 0)
        return Error{tr("There is no %1 to change; it may have been deleted.").arg(describe(record))};
    T copy = record;
    if constexpr (std::is_same_v<T, Meeting>) {
        if (auto parts = saveAttendance(copy); !parts)
            return failed(record, parts.error());
    } else {
        if (auto parts = Parts<T>::save(*this, *m_db, copy, false); !parts)
            return failed(record, parts.error());
    }
    if (before) {
        const QString was = auditJson(*before, false);
        const QString is = auditJson(record, false);
        if (was != is) {
            if (auto logged = logChange(QLatin1String(auditKind<T>()), auditKey(record), AuditAction::Update, was, is); !logged)
                return failed(record, logged.error());
        }
    }
    return transaction.commit();
}

template <typename T>
Result<void> Store::remove(const T &record)
{
    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started();
    std::optional<T> before;
    if (!m_importing) {
        Result<std::optional<T>> found = [&] {
            if constexpr (std::is_same_v<T, Meeting>)
                return get<Meeting>(record.id);
            else
                return loadStored(*m_db, record);
        }();
        if (!found)
            return Error{tr("Could not delete %1: %2").arg(describe(record), found.errorMessage())};
        before = *found;
    }
    auto removed = m_db->run(QStringLiteral("DELETE FROM %1 WHERE %2").arg(Mapping<T>::table(), keyWhere<T>()), keyValues(record));
    if (!removed) {
        return Error{tr("Could not delete %1: %2").arg(describe(record), removed.errorMessage())};
    }
    if (before && *removed > 0) {
        if (auto logged = logChange(QLatin1String(auditKind<T>()), auditKey(*before), AuditAction::Delete,
                                    auditJson(*before, true), QString());
            !logged)
            return Error{tr("Could not delete %1: %2").arg(describe(record), logged.errorMessage())};
    }
    return transaction.commit();
}

template <typename T>
Result<std::optional<T>> Store::get(const Id &id)
{
    static_assert(Mapping<T>::keyCount == 1, "get() finds records by their archive id");
    std::optional<T> found;
    static const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selectColumns<T>(), Mapping<T>::table());
    auto done = m_db->select(sql, {id},
                             [&](const QSqlQuery &q) { found = Mapping<T>::read(q); });
    if (!done)
        return done.error();
    if (found) {
        QList<T> one{std::move(*found)};
        if constexpr (std::is_same_v<T, Meeting>) {
            if (auto parts = loadMeetingContents(one); !parts)
                return parts.error();
        } else {
            if (auto parts = Parts<T>::load(*m_db, one); !parts)
                return parts.error();
        }
        found = std::move(one.first());
    }
    return found;
}

template <typename T>
Result<QList<T>> Store::list(const ListFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.body.isEmpty()) {
        const QString column = Mapping<T>::bodyColumn();
        if (column.isEmpty())
            return Error{tr("These records do not belong to a body.")};
        where << column + QStringLiteral(" = ?");
        values << filter.body;
    }
    if (filter.year.isValid()) {
        const auto clause = Mapping<T>::yearClause(filter.year, yearStart());
        if (!clause)
            return Error{tr("These records do not belong to a year.")};
        where << clause->sql;
        values << clause->values;
    }
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(selectColumns<T>(), Mapping<T>::table());
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + Mapping<T>::order();

    QList<T> records;
    auto done = m_db->select(sql, values, [&](const QSqlQuery &q) { records << Mapping<T>::read(q); });
    if (!done)
        return done.error();
    if constexpr (std::is_same_v<T, Meeting>) {
        if (auto parts = loadMeetingContents(records); !parts)
            return parts.error();
    } else {
        if (auto parts = Parts<T>::load(*m_db, records); !parts)
            return parts.error();
    }
    return records;
}

// Meetings ------------------------------------------------------------------------------

Result<void> Store::saveAttendance(const Meeting &meeting)
{
    if (auto cleared = m_db->run(QStringLiteral("DELETE FROM attendance WHERE meeting = ?"), {meeting.id}); !cleared)
        return cleared.error();
    for (qsizetype i = 0; i < meeting.attendance.size(); ++i) {
        const Attendance &a = meeting.attendance.at(i);
        auto added = m_db->run(QStringLiteral("INSERT INTO attendance (meeting, position, person, status, deputy_for) "
                                              "VALUES (?, ?, ?, ?, ?)"),
                               {meeting.id, int(i), a.person, sqlEnum(a.status), sqlRef(a.deputyFor)});
        if (!added)
            return added.error();
    }
    return {};
}

Result<void> Store::insertEntries(const Id &meeting, qint64 parent, const QList<Entry> &entries, QList<Entry> *stored)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Entry entry = entries.at(i);
        auto added = m_db->run(QStringLiteral("INSERT INTO entries (meeting, parent, position, kind, text) VALUES (?, ?, ?, ?, ?)"),
                               {meeting, parent ? QVariant(parent) : QVariant(), int(i), sqlEnum(entry.kind), entry.text});
        if (!added)
            return added.error();
        entry.rowId = m_db->lastInsertId();
        if (!entry.priorities.isEmpty()) {
            if (auto p = savePriorityLinks(*m_db, QStringLiteral("entry_priorities"), QStringLiteral("entry"), entry.rowId,
                                           entry.priorities, true);
                !p)
                return p;
        }
        QList<Entry> children;
        for (Entry &child : entry.children)
            child.kind = entry.kind;
        if (auto done = insertEntries(meeting, entry.rowId, entry.children, &children); !done)
            return done;
        entry.children = children;
        if (stored)
            *stored << entry;
    }
    return {};
}

Result<void> Store::loadMeetingContents(QList<Meeting> &meetings)
{
    auto attendance = loadChildren(
        *m_db, meetings,
        QStringLiteral("SELECT meeting, person, status, deputy_for FROM attendance ORDER BY meeting, position"),
        QStringLiteral("SELECT meeting, person, status, deputy_for FROM attendance WHERE meeting = ? ORDER BY position"),
        [](Meeting &m, const QSqlQuery &q) {
            m.attendance << Attendance{q.value(1).toString(), enumOf(q.value(2), AttendanceStatus::Present), textOf(q.value(3))};
        });
    if (!attendance)
        return attendance;

    // Entries come flat, parents before children (a parent's rowId is always smaller, since
    // a child is inserted after its parent... but not after a move), so build the trees from
    // a map of rows by parent.
    struct Row {
        qint64 id;
        qint64 parent;
        int position;
        Entry entry;
    };
    QHash<QString, QList<Row>> rowsByMeeting;
    // Each bullet's priorities come with it, in their order, as one space-separated text (ids
    // hold no spaces): one statement fewer for every meeting opened.
#define BD_ENTRY_COLUMNS                                                                                             \
    "SELECT meeting, id, parent, position, kind, text, (SELECT group_concat(priority, ' ') FROM (SELECT priority "   \
    "FROM entry_priorities WHERE entry = entries.id ORDER BY position)) FROM entries "
    auto rows = loadChildren(
        *m_db, meetings, QStringLiteral(BD_ENTRY_COLUMNS "ORDER BY meeting, position"),
        QStringLiteral(BD_ENTRY_COLUMNS "WHERE meeting = ? ORDER BY position"), [&](Meeting &m, const QSqlQuery &q) {
            Entry e;
            e.rowId = q.value(1).toLongLong();
            e.kind = enumOf(q.value(4), EntryKind::Did);
            e.text = q.value(5).toString();
            if (const QVariant tags = q.value(6); !tags.isNull())
                e.priorities = tags.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            rowsByMeeting[m.id] << Row{e.rowId, q.value(2).toLongLong(), q.value(3).toInt(), std::move(e)};
        });
#undef BD_ENTRY_COLUMNS
    if (!rows)
        return rows;

    for (Meeting &meeting : meetings) {
        QList<Row> &flat = rowsByMeeting[meeting.id];
        QHash<qint64, QList<Row *>> byParent;
        for (Row &row : flat)
            byParent[row.parent] << &row; // rows arrive in position order
        std::function<QList<Entry>(qint64)> build = [&](qint64 parent) {
            QList<Entry> list;
            const QList<Row *> children = byParent.value(parent);
            list.reserve(children.size());
            for (Row *row : children) {
                Entry e = std::move(row->entry); // each row goes into the tree once
                e.children = build(e.rowId);
                list << std::move(e);
            }
            return list;
        };
        meeting.entries = build(0);
    }
    return {};
}

Result<QList<Action>> Store::actionsRaisedAt(const Id &meeting)
{
    static const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE raised_at = ? ORDER BY %3")
                                   .arg(selectColumns<Action>(), Mapping<Action>::table(), Mapping<Action>::order());
    QList<Action> records;
    auto done = m_db->select(sql, {meeting}, [&](const QSqlQuery &q) { records << Mapping<Action>::read(q); });
    if (!done)
        return done.error();
    if (auto parts = Parts<Action>::load(*m_db, records); !parts)
        return parts.error();
    return records;
}

Result<QList<MeetingSummary>> Store::meetingSummaries(const ListFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.body.isEmpty()) {
        where << QStringLiteral("m.body = ?");
        values << filter.body;
    }
    if (filter.year.isValid()) {
        const Clause clause = dateInYear(QStringLiteral("m.date"), filter.year, yearStart());
        where << clause.sql;
        values << clause.values;
    }
    QString sql = QStringLiteral("SELECT m.id, m.body, m.date, m.time, m.location, m.status, m.minutes, "
                                 "(SELECT COUNT(*) FROM entries e WHERE e.meeting = m.id) FROM meetings m");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY m.date, m.time, m.id");
    QList<MeetingSummary> list;
    auto done = m_db->select(sql, values, [&](const QSqlQuery &q) {
        list << MeetingSummary{q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)), timeOf(q.value(3)),
                               q.value(4).toString(), enumOf(q.value(5), MeetingStatus::Held),
                               enumOf(q.value(6), MinutesStatus::Draft), q.value(7).toInt()};
    });
    if (!done)
        return done.error();
    return list;
}

Result<Entry> Store::insertEntry(const Id &meeting, qint64 parent, int position, const Entry &entry)
{
    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started().error();
    // Make room: later siblings move down one.
    auto shifted = m_db->run(QStringLiteral("UPDATE entries SET position = position + 1 WHERE meeting = ? AND "
                                            "COALESCE(parent, 0) = ? AND position >= ?"),
                             {meeting, parent, position});
    if (!shifted)
        return shifted.error();
    Entry stored = entry;
    stored.children.clear();
    auto added = m_db->run(QStringLiteral("INSERT INTO entries (meeting, parent, position, kind, text) VALUES (?, ?, ?, ?, ?)"),
                           {meeting, parent ? QVariant(parent) : QVariant(), position, sqlEnum(entry.kind), entry.text});
    if (!added)
        return Error{tr("Could not add the bullet to meeting \"%1\": %2").arg(meeting, added.errorMessage())};
    stored.rowId = m_db->lastInsertId();
    if (auto p = savePriorityLinks(*m_db, QStringLiteral("entry_priorities"), QStringLiteral("entry"), stored.rowId, stored.priorities); !p)
        return p.error();
    if (!m_importing) {
        auto after = entryJson(stored.rowId);
        if (!after)
            return after.error();
        if (auto logged = logChange(QStringLiteral("entry"), QString::number(stored.rowId), AuditAction::Insert, QString(), *after);
            !logged)
            return logged.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

Result<void> Store::updateEntry(const Entry &entry)
{
    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started();
    auto before = entryJson(entry.rowId);
    if (!before)
        return before.error();
    auto changed = m_db->run(QStringLiteral("UPDATE entries SET kind = ?, text = ? WHERE id = ?"),
                             {sqlEnum(entry.kind), entry.text, entry.rowId});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return Error{tr("That bullet no longer exists; it may have been deleted.")};
    // Children follow their parent's kind.
    auto children = m_db->run(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT id FROM entries WHERE parent = ? "
                                             "UNION ALL SELECT e.id FROM entries e JOIN sub ON e.parent = sub.id) "
                                             "UPDATE entries SET kind = ? WHERE id IN (SELECT id FROM sub)"),
                              {entry.rowId, sqlEnum(entry.kind)});
    if (!children)
        return children.error();
    if (auto p = savePriorityLinks(*m_db, QStringLiteral("entry_priorities"), QStringLiteral("entry"), entry.rowId, entry.priorities); !p)
        return p;
    if (auto logged = logEntryChange(entry.rowId, *before); !logged)
        return logged;
    return transaction.commit();
}

Result<void> Store::renumber(const Id &meeting, qint64 parent)
{
    QList<qint64> ids;
    // A bullet being moved is parked at position -1: it is not in any list until it lands
    // (without this, a move within one list came out one place short).
    auto done = m_db->select(QStringLiteral("SELECT id FROM entries WHERE meeting = ? AND COALESCE(parent, 0) = ? AND position >= 0 "
                                            "ORDER BY position, id"),
                             {meeting, parent}, [&](const QSqlQuery &q) { ids << q.value(0).toLongLong(); });
    if (!done)
        return done;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (auto set = m_db->run(QStringLiteral("UPDATE entries SET position = ? WHERE id = ?"), {int(i), ids.at(i)}); !set)
            return set.error();
    }
    return {};
}

Result<void> Store::removeEntry(qint64 rowId)
{
    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started();
    Id meeting;
    qint64 parent = 0;
    auto found = m_db->select(QStringLiteral("SELECT meeting, COALESCE(parent, 0) FROM entries WHERE id = ?"), {rowId},
                              [&](const QSqlQuery &q) {
                                  meeting = q.value(0).toString();
                                  parent = q.value(1).toLongLong();
                              });
    if (!found)
        return found;
    if (meeting.isEmpty())
        return Error{tr("That bullet no longer exists; it may have been deleted.")};
    auto before = entryJson(rowId);
    if (!before)
        return before.error();
    if (auto removed = m_db->run(QStringLiteral("DELETE FROM entries WHERE id = ?"), {rowId}); !removed)
        return removed.error();
    if (auto done = renumber(meeting, parent); !done)
        return done;
    if (auto logged = logChange(QStringLiteral("entry"), QString::number(rowId), AuditAction::Delete, *before, QString()); !logged)
        return logged;
    return transaction.commit();
}

Result<void> Store::moveEntry(qint64 rowId, qint64 newParent, int newPosition)
{
    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started();
    Id meeting;
    qint64 oldParent = 0;
    auto found = m_db->select(QStringLiteral("SELECT meeting, COALESCE(parent, 0) FROM entries WHERE id = ?"), {rowId},
                              [&](const QSqlQuery &q) {
                                  meeting = q.value(0).toString();
                                  oldParent = q.value(1).toLongLong();
                              });
    if (!found)
        return found;
    if (meeting.isEmpty())
        return Error{tr("That bullet no longer exists; it may have been deleted.")};
    auto before = entryJson(rowId);
    if (!before)
        return before.error();
    // Take it out of its old list, open a gap in the new one, put it there.
    if (auto out = m_db->run(QStringLiteral("UPDATE entries SET position = -1, parent = ? WHERE id = ?"),
                             {newParent ? QVariant(newParent) : QVariant(), rowId});
        !out)
        return out.error();
    if (auto done = renumber(meeting, oldParent); !done)
        return done;
    auto shifted = m_db->run(QStringLiteral("UPDATE entries SET position = position + 1 WHERE meeting = ? AND "
                                            "COALESCE(parent, 0) = ? AND position >= ? AND id <> ?"),
                             {meeting, newParent, newPosition, rowId});
    if (!shifted)
        return shifted.error();
    if (auto in = m_db->run(QStringLiteral("UPDATE entries SET position = ? WHERE id = ?"), {newPosition, rowId}); !in)
        return in.error();
    if (newParent) {
        // A child takes its new parent's kind, and so do its own children.
        auto kind = m_db->run(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT e.id FROM entries e "
                                             "JOIN sub ON e.parent = sub.id) UPDATE entries SET kind = "
                                             "(SELECT kind FROM entries WHERE id = ?) WHERE id IN (SELECT id FROM sub)"),
                              {rowId, newParent});
        if (!kind)
            return kind.error();
    }
    if (auto done = renumber(meeting, newParent); !done)
        return done;
    if (auto logged = logEntryChange(rowId, *before); !logged)
        return logged;
    return transaction.commit();
}

// Everything --------------------------------------------------------------------------

Result<PartnershipData> Store::loadAll()
{
    PartnershipData data;
    auto p = partnership();
    if (!p)
        return p.error();
    data.partnership = *p;
#define BD_LOAD(member, Type)                                                                                        \
    {                                                                                                                \
        auto records = list<Type>();                                                                                 \
        if (!records)                                                                                                \
            return records.error();                                                                                  \
        data.member = std::move(*records);                                                                           \
    }
    BD_LOAD(agencies, Agency)
    BD_LOAD(people, Person)
    BD_LOAD(bodies, Body)
    BD_LOAD(memberships, Membership)
    BD_LOAD(priorities, Priority)
    BD_LOAD(meetings, Meeting)
    BD_LOAD(workplans, Workplan)
    BD_LOAD(actions, Action)
    BD_LOAD(risks, Risk)
    BD_LOAD(funding, Funding)
    BD_LOAD(spending, Spending)
    BD_LOAD(caseReviews, CaseReview)
    BD_LOAD(courses, Course)
    BD_LOAD(trainingSessions, TrainingSession)
    BD_LOAD(keyFacts, KeyFact)
    BD_LOAD(sources, Source)
    BD_LOAD(reportTexts, ReportText)
    BD_LOAD(newsletters, Newsletter)
#undef BD_LOAD
    return data;
}

namespace {

// Rows of one table written in bulk, for an import: hundreds of thousands of rows, where a
// query object's work for every bound value (and a statement a row through it) costs more
// than the row itself. SqlBackend::insertRows writes them a chunk at a time. Every row of a
// table is added before the next table's, so a row only refers to rows already written.
// How far an import has got, in rows written of all it will write; each step may cancel it.
class ImportSteps
{
public:
    ImportSteps(const Progress &progress, qint64 total) : m_span(progress, 0, 85), m_total(std::max<qint64>(total, 1)) {}

    Result<void> advance(qint64 rows)
    {
        m_done += rows;
        if (!m_span.report(m_done, m_total))
            return Error{cancelledMessage()};
        return {};
    }

private:
    ProgressSpan m_span; // the rest, to 100, is building the indexes at the end
    qint64 m_total;
    qint64 m_done = 0;
};

qint64 countEntries(const QList<Entry> &entries)
{
    qint64 n = entries.size();
    for (const Entry &e : entries)
        n += countEntries(e.children);
    return n;
}

class RowWriter
{
public:
    RowWriter(Database &db, QString table, const QStringList &columns, ImportSteps *steps = nullptr)
        : m_db(db)
        , m_table(std::move(table))
        , m_columns(columns)
        , m_steps(steps)
    {
    }

    Result<void> add(const QVariantList &row)
    {
        m_values << row;
        if (m_values.size() >= 8192)
            return flush();
        return {};
    }

    // Writes what is left; every table's rows end with this.
    Result<void> flush()
    {
        const qint64 rows = m_columns.isEmpty() ? 0 : m_values.size() / m_columns.size();
        auto done = m_db.backend().insertRows(m_db.connection(), m_table, m_columns, m_values);
        m_values.clear();
        if (done && m_steps)
            return m_steps->advance(rows);
        return done;
    }

private:
    Database &m_db;
    QString m_table;
    QStringList m_columns;
    ImportSteps *m_steps;
    QVariantList m_values;
};

// The meetings of an import, with their attendance, bullets and the bullets' priorities, as
// Store::insert<Meeting> would store them (bullets get their rowIds in order, children
// after their parent, and take their top-level bullet's kind), table by table.
Result<void> importMeetings(Database &db, const QList<Meeting> &meetings, ImportSteps &steps)
{
    RowWriter rows(db, Mapping<Meeting>::table(), Mapping<Meeting>::columns(), &steps);
    for (const Meeting &m : meetings) {
        if (auto added = rows.add(Mapping<Meeting>::values(m)); !added)
            return added;
    }
    if (auto done = rows.flush(); !done)
        return done;

    RowWriter attendance(db, QStringLiteral("attendance"),
                         {QStringLiteral("meeting"), QStringLiteral("position"), QStringLiteral("person"),
                          QStringLiteral("status"), QStringLiteral("deputy_for")},
                         &steps);
    for (const Meeting &m : meetings) {
        for (qsizetype i = 0; i < m.attendance.size(); ++i) {
            const Attendance &a = m.attendance.at(i);
            if (auto added = attendance.add({m.id, int(i), a.person, sqlEnum(a.status), sqlRef(a.deputyFor)}); !added)
                return added;
        }
    }
    if (auto done = attendance.flush(); !done)
        return done;

    auto last = db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM entries"));
    if (!last)
        return last.error();
    qint64 nextId = last->toLongLong() + 1;
    RowWriter entries(db, QStringLiteral("entries"),
                      {QStringLiteral("id"), QStringLiteral("meeting"), QStringLiteral("parent"), QStringLiteral("position"),
                       QStringLiteral("kind"), QStringLiteral("text")},
                      &steps);
    QList<std::pair<qint64, QStringList>> tags;
    std::function<Result<void>(const Id &, qint64, EntryKind, const QList<Entry> &)> addEntries =
        [&](const Id &meeting, qint64 parent, EntryKind kind, const QList<Entry> &list) -> Result<void> {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Entry &e = list.at(i);
            const EntryKind own = parent ? kind : e.kind;
            const qint64 id = nextId++;
            if (auto added = entries.add({id, meeting, parent ? QVariant(parent) : QVariant(), int(i), sqlEnum(own), e.text}); !added)
                return added;
            if (!e.priorities.isEmpty())
                tags.append({id, e.priorities});
            if (auto done = addEntries(meeting, id, own, e.children); !done)
                return done;
        }
        return {};
    };
    // Bullets numbered meeting by meeting, oldest first, as they would have been written:
    // search reads the highest-numbered matches first (see searchqueries.cpp).
    QList<const Meeting *> inOrder;
    for (const Meeting &m : meetings)
        inOrder << &m;
    std::stable_sort(inOrder.begin(), inOrder.end(), [](const Meeting *a, const Meeting *b) {
        if (a->date != b->date)
            return a->date < b->date;
        if (a->time != b->time)
            return !a->time.isValid() || (b->time.isValid() && a->time < b->time);
        return a->id > b->id; // search lists a day's meetings by id, so the first is numbered last
    });
    for (const Meeting *m : std::as_const(inOrder)) {
        if (auto done = addEntries(m->id, 0, EntryKind::Did, m->entries); !done)
            return done;
    }
    if (auto done = entries.flush(); !done)
        return done;

    RowWriter links(db, QStringLiteral("entry_priorities"),
                    {QStringLiteral("entry"), QStringLiteral("position"), QStringLiteral("priority")});
    for (const auto &[entry, priorities] : std::as_const(tags)) {
        for (qsizetype i = 0; i < priorities.size(); ++i) {
            if (auto added = links.add({entry, int(i), priorities.at(i)}); !added)
                return added;
        }
    }
    return links.flush();
}

// The actions of an import, with their priorities and reviews, table by table.
Result<void> importActions(Database &db, const QList<Action> &actions, ImportSteps &steps)
{
    RowWriter rows(db, Mapping<Action>::table(), Mapping<Action>::columns(), &steps);
    for (const Action &a : actions) {
        if (auto added = rows.add(Mapping<Action>::values(a)); !added)
            return added;
    }
    if (auto done = rows.flush(); !done)
        return done;
    RowWriter links(db, QStringLiteral("action_priorities"),
                    {QStringLiteral("action"), QStringLiteral("position"), QStringLiteral("priority")});
    RowWriter reviews(db, QStringLiteral("action_reviews"),
                      {QStringLiteral("action"), QStringLiteral("position"), QStringLiteral("date"), QStringLiteral("rag"),
                       QStringLiteral("note"), QStringLiteral("meeting")},
                      &steps);
    for (const Action &a : actions) {
        for (qsizetype i = 0; i < a.priorities.size(); ++i) {
            if (auto added = links.add({a.id, int(i), a.priorities.at(i)}); !added)
                return added;
        }
        for (qsizetype i = 0; i < a.reviews.size(); ++i) {
            const ActionReview &r = a.reviews.at(i);
            if (auto added = reviews.add({a.id, int(i), sqlDate(r.date), sqlEnum(r.rag), r.note, sqlRef(r.meeting)}); !added)
                return added;
        }
    }
    if (auto done = links.flush(); !done)
        return done;
    return reviews.flush();
}

} // namespace

Result<void> Store::replaceAll(const PartnershipData &data, const Progress &progress)
{
    // The rows to write, roughly (the big tables and every record), for the progress.
    qint64 total = data.meetings.size() + data.actions.size() + data.risks.size() + data.funding.size()
        + data.spending.size() + data.trainingSessions.size() + data.caseReviews.size() + data.newsletters.size()
        + data.people.size() + data.memberships.size();
    for (const Meeting &m : data.meetings)
        total += m.attendance.size() + countEntries(m.entries);
    for (const Action &a : data.actions)
        total += a.reviews.size();
    ImportSteps steps(progress, total);

    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started();
    // One audit row for the whole import: what there was, and what there is now.
    auto countsBefore = countRecords(*m_db);
    if (!countsBefore)
        return countsBefore.error();
    struct Importing {
        bool &flag;
        bool was;
        ~Importing() { flag = was; }
    } importing{m_importing, m_importing};
    m_importing = true;
    // Indexes that are quicker built once at the end than kept up row by row (see SqlBackend).
    auto bulk = m_db->backend().beginBulkLoad(m_db->connection());
    if (!bulk)
        return bulk.error();
    // Children first, so no reference is left dangling at any step.
    static const QStringList tables{
        QStringLiteral("newsletter_links"), QStringLiteral("newsletter_items"), QStringLiteral("newsletters"),
        QStringLiteral("report_texts"), QStringLiteral("key_facts"), QStringLiteral("sources"),
        QStringLiteral("training_sessions"), QStringLiteral("courses"), QStringLiteral("spending"),
        QStringLiteral("funding"), QStringLiteral("risk_reviews"), QStringLiteral("risks"),
        QStringLiteral("action_reviews"), QStringLiteral("action_priorities"), QStringLiteral("actions"),
        QStringLiteral("case_reviews"), QStringLiteral("workplans"), QStringLiteral("entry_priorities"),
        QStringLiteral("entries"), QStringLiteral("attendance"), QStringLiteral("meetings"),
        QStringLiteral("priorities"), QStringLiteral("memberships"), QStringLiteral("bodies"),
        QStringLiteral("people"), QStringLiteral("agencies"), QStringLiteral("partnership")};
    for (const QString &table : tables) {
        if (auto cleared = m_db->run(QStringLiteral("DELETE FROM %1").arg(table)); !cleared)
            return cleared.error();
    }
    // The old records gone, the indexes come off until the new ones are in.
    auto suspended = m_db->backend().suspendIndexes(m_db->connection());
    if (!suspended)
        return suspended.error();
    const QStringList restore = *suspended + *bulk;
    if (auto p = setPartnership(data.partnership); !p)
        return p;

    // Bodies may name a parent that comes later in the list: insert them without parents,
    // then set the parents.
    for (Body body : data.bodies) {
        body.parent.clear();
        if (auto added = insert(body); !added)
            return added.error();
    }
    for (const Body &body : data.bodies) {
        if (body.parent.isEmpty())
            continue;
        if (auto set = m_db->run(QStringLiteral("UPDATE bodies SET parent = ? WHERE id = ?"), {body.parent, body.id}); !set)
            return failed(body, set.error());
    }

    auto insertAll = [this, &steps](const auto &records) -> Result<void> {
        for (const auto &record : records) {
            if (auto added = insert(record); !added)
                return added.error();
        }
        return steps.advance(records.size());
    };
    // In an order where every reference points at something already there.
    Result<void> done;
    auto then = [&](const auto &records) {
        if (done)
            done = insertAll(records);
    };
    then(data.agencies);
    then(data.people);
    then(data.memberships);
    then(data.priorities);
    if (done)
        done = importMeetings(*m_db, data.meetings, steps);
    then(data.workplans);
    then(data.caseReviews);
    if (done)
        done = importActions(*m_db, data.actions, steps);
    then(data.risks);
    then(data.funding);
    then(data.spending);
    then(data.courses);
    then(data.trainingSessions);
    then(data.sources);
    then(data.keyFacts);
    then(data.reportTexts);
    then(data.newsletters);
    if (!done)
        return done;
    if (auto indexed = m_db->backend().endBulkLoad(m_db->connection(), restore); !indexed)
        return indexed;
    if (progress && !progress(100))
        return Error{cancelledMessage()};
    auto countsAfter = countRecords(*m_db);
    if (!countsAfter)
        return countsAfter.error();
    if (auto logged = logChange(QStringLiteral("import"), QString(), AuditAction::Import, *countsBefore, *countsAfter); !logged)
        return logged;
    return transaction.commit();
}

// The records the store serves.
#define BD_STORE_RECORD(Type)                                                                                        \
    template Result<Type> Store::insert<Type>(const Type &);                                                         \
    template Result<void> Store::update<Type>(const Type &);                                                         \
    template Result<void> Store::remove<Type>(const Type &);                                                         \
    template Result<QList<Type>> Store::list<Type>(const ListFilter &);
#define BD_STORE_RECORD_WITH_ID(Type)                                                                                \
    BD_STORE_RECORD(Type)                                                                                            \
    template Result<std::optional<Type>> Store::get<Type>(const Id &);

BD_STORE_RECORD_WITH_ID(Agency)
BD_STORE_RECORD_WITH_ID(Person)
BD_STORE_RECORD_WITH_ID(Body)
BD_STORE_RECORD(Membership)
BD_STORE_RECORD_WITH_ID(Priority)
BD_STORE_RECORD_WITH_ID(Meeting)
BD_STORE_RECORD_WITH_ID(Workplan)
BD_STORE_RECORD_WITH_ID(Action)
BD_STORE_RECORD_WITH_ID(Risk)
BD_STORE_RECORD(Funding)
BD_STORE_RECORD(Spending)
BD_STORE_RECORD_WITH_ID(CaseReview)
BD_STORE_RECORD_WITH_ID(Course)
BD_STORE_RECORD_WITH_ID(TrainingSession)
BD_STORE_RECORD_WITH_ID(KeyFact)
BD_STORE_RECORD_WITH_ID(Source)
BD_STORE_RECORD(ReportText)
BD_STORE_RECORD_WITH_ID(Newsletter)

} // namespace bd
