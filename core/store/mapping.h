#pragma once

#include "domain/types.h"
#include "values.h"

#include <QSqlQuery>
#include <QStringList>

namespace bd::storage {

// How each record maps to its table. keyCount is the number of leading columns that form
// the key; 0 means the table's own integer "id" (the record's rowId) is the key.
template<typename T> struct Mapping;

template<> struct Mapping<Agency> {
    static constexpr auto prefix = "agency";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("agencies"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("sector")};
    }
    static QVariantList values(const Agency &r) { return {r.id, r.name, r.shortName, sqlEnum(r.sector)}; }
    static Agency read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), enumOf(q.value(3), Sector::Other)};
    }
    static QString order() { return QStringLiteral("rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &, YearStart) { return std::nullopt; }
};

template<> struct Mapping<Person> {
    static constexpr auto prefix = "person";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("people"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("agency"), QStringLiteral("title"),
                QStringLiteral("email")};
    }
    static QVariantList values(const Person &r) { return {r.id, r.name, sqlRef(r.agency), r.title, r.email}; }
    static Person read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), q.value(1).toString(), textOf(q.value(2)), q.value(3).toString(),
                q.value(4).toString()};
    }
    static QString order() { return QStringLiteral("rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &, YearStart) { return std::nullopt; }
};

template<> struct Mapping<Body> {
    static constexpr auto prefix = "body";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("bodies"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"),       QStringLiteral("name"),    QStringLiteral("kind"),
                QStringLiteral("parent"),   QStringLiteral("purpose"), QStringLiteral("established"),
                QStringLiteral("concluded")};
    }
    static QVariantList values(const Body &r)
    {
        return {
            r.id, r.name, sqlEnum(r.kind), sqlRef(r.parent), r.purpose, sqlDate(r.established), sqlDate(r.concluded)};
    }
    static Body read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), q.value(1).toString(), enumOf(q.value(2), BodyKind::Other),
                textOf(q.value(3)),    q.value(4).toString(), dateOf(q.value(5)),
                dateOf(q.value(6))};
    }
    static QString order() { return QStringLiteral("rowid"); }
    static QString bodyColumn() { return QStringLiteral("id"); }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        return activeInYear(QStringLiteral("established"), QStringLiteral("concluded"), y, s);
    }
};

template<> struct Mapping<Membership> {
    static constexpr auto prefix = "membership";
    static constexpr int keyCount = 0;
    static QString table() { return QStringLiteral("memberships"); }
    static QStringList columns()
    {
        return {QStringLiteral("body"), QStringLiteral("person"), QStringLiteral("role"), QStringLiteral("date_from"),
                QStringLiteral("date_to")};
    }
    static QVariantList values(const Membership &r)
    {
        return {r.body, r.person, sqlEnum(r.role), sqlDate(r.from), sqlDate(r.to)};
    }
    static Membership read(const QSqlQuery &q)
    {
        return {q.value(5).toLongLong(),          q.value(0).toString(), q.value(1).toString(),
                enumOf(q.value(2), Role::Member), dateOf(q.value(3)),    dateOf(q.value(4))};
    }
    static QString order() { return QStringLiteral("id"); }
    static QString bodyColumn() { return QStringLiteral("body"); }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        return activeInYear(QStringLiteral("date_from"), QStringLiteral("date_to"), y, s);
    }
};

template<> struct Mapping<Priority> {
    static constexpr auto prefix = "priority";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("priorities"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"), QStringLiteral("year"), QStringLiteral("title"), QStringLiteral("lead_agency"),
                QStringLiteral("description")};
    }
    static QVariantList values(const Priority &r)
    {
        return {r.id, sqlYear(r.year), r.title, sqlRef(r.leadAgency), r.description};
    }
    static Priority read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), yearOf(q.value(1)), q.value(2).toString(), textOf(q.value(3)),
                q.value(4).toString()};
    }
    static QString order() { return QStringLiteral("year, rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        return yearColumn(QStringLiteral("year"), y, s);
    }
};

template<> struct Mapping<Meeting> {
    static constexpr auto prefix = "meeting";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("meetings"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"),      QStringLiteral("body"),        QStringLiteral("date"),
                QStringLiteral("time"),    QStringLiteral("location"),    QStringLiteral("status"),
                QStringLiteral("minutes"), QStringLiteral("approved_on"), QStringLiteral("cases_reviewed")};
    }
    static QVariantList values(const Meeting &r)
    {
        return {r.id,
                r.body,
                sqlDate(r.date),
                sqlTime(r.time),
                r.location,
                sqlEnum(r.status),
                sqlEnum(r.minutes),
                sqlDate(r.approvedOn),
                sqlInt(r.casesReviewed)};
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
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        return dateInYear(QStringLiteral("date"), y, s);
    }
};

template<> struct Mapping<Workplan> {
    static constexpr auto prefix = "workplan";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("workplans"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"),   QStringLiteral("body"),   QStringLiteral("title"),
                QStringLiteral("year"), QStringLiteral("status"), QStringLiteral("closed_on")};
    }
    static QVariantList values(const Workplan &r)
    {
        return {r.id, r.body, r.title, sqlYear(r.year), sqlEnum(r.status), sqlDate(r.closedOn)};
    }
    static Workplan read(const QSqlQuery &q)
    {
        return {q.value(0).toString(),
                q.value(1).toString(),
                q.value(2).toString(),
                yearOf(q.value(3)),
                enumOf(q.value(4), WorkplanStatus::Open),
                dateOf(q.value(5))};
    }
    static QString order() { return QStringLiteral("year, rowid"); }
    static QString bodyColumn() { return QStringLiteral("body"); }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        return yearColumn(QStringLiteral("year"), y, s);
    }
};

template<> struct Mapping<Action> {
    static constexpr auto prefix = "action";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("actions"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"),        QStringLiteral("body"),     QStringLiteral("text"),
                QStringLiteral("ref"),       QStringLiteral("workplan"), QStringLiteral("case_review"),
                QStringLiteral("raised_at"), QStringLiteral("owner"),    QStringLiteral("owner_agency"),
                QStringLiteral("due")};
    }
    static QVariantList values(const Action &r)
    {
        return {r.id,
                r.body,
                r.text,
                r.ref,
                sqlRef(r.workplan),
                sqlRef(r.caseReview),
                sqlRef(r.raisedAt),
                sqlRef(r.owner),
                sqlRef(r.ownerAgency),
                sqlDate(r.due)};
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
        return Clause {QStringLiteral("(workplan IN (SELECT id FROM workplans WHERE year = ?) OR "
                                      "(workplan IS NULL AND %1))")
                           .arg(due.sql),
                       QVariantList {y.startYear()} + due.values};
    }
};

template<> struct Mapping<Risk> {
    static constexpr auto prefix = "risk";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("risks"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"),          QStringLiteral("body"),  QStringLiteral("title"),
                QStringLiteral("description"), QStringLiteral("owner"), QStringLiteral("owner_agency"),
                QStringLiteral("opened"),      QStringLiteral("closed")};
    }
    static QVariantList values(const Risk &r)
    {
        return {r.id,
                r.body,
                r.title,
                r.description,
                sqlRef(r.owner),
                sqlRef(r.ownerAgency),
                sqlDate(r.opened),
                sqlDate(r.closed)};
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

template<> struct Mapping<Funding> {
    static constexpr auto prefix = "funding";
    static constexpr int keyCount = 2;
    static QString table() { return QStringLiteral("funding"); }
    static QStringList columns()
    {
        return {QStringLiteral("year"), QStringLiteral("agency"), QStringLiteral("amount_pence"),
                QStringLiteral("note")};
    }
    static QVariantList values(const Funding &r) { return {sqlYear(r.year), r.agency, r.amountPence, r.note}; }
    static Funding read(const QSqlQuery &q)
    {
        return {yearOf(q.value(0)), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()};
    }
    static QString order() { return QStringLiteral("year, rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        return yearColumn(QStringLiteral("year"), y, s);
    }
};

template<> struct Mapping<Spending> {
    static constexpr auto prefix = "spending";
    static constexpr int keyCount = 0;
    static QString table() { return QStringLiteral("spending"); }
    static QStringList columns()
    {
        return {QStringLiteral("year"), QStringLiteral("category"), QStringLiteral("amount_pence"),
                QStringLiteral("note")};
    }
    static QVariantList values(const Spending &r) { return {sqlYear(r.year), r.category, r.amountPence, r.note}; }
    static Spending read(const QSqlQuery &q)
    {
        return {q.value(4).toLongLong(), yearOf(q.value(0)), q.value(1).toString(), q.value(2).toLongLong(),
                q.value(3).toString()};
    }
    static QString order() { return QStringLiteral("year, id"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        return yearColumn(QStringLiteral("year"), y, s);
    }
};

template<> struct Mapping<CaseReview> {
    static constexpr auto prefix = "review";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("case_reviews"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"),        QStringLiteral("name"),   QStringLiteral("type"),
                QStringLiteral("notified"),  QStringLiteral("status"), QStringLiteral("signed_off"),
                QStringLiteral("published"), QStringLiteral("url"),    QStringLiteral("note")};
    }
    static QVariantList values(const CaseReview &r)
    {
        return {r.id,
                r.name,
                sqlEnum(r.type),
                sqlDate(r.notified),
                sqlEnum(r.status),
                sqlDate(r.signedOff),
                sqlDate(r.published),
                r.url,
                r.note};
    }
    static CaseReview read(const QSqlQuery &q)
    {
        return {q.value(0).toString(),
                q.value(1).toString(),
                enumOf(q.value(2), CaseReviewType::Scr),
                dateOf(q.value(3)),
                enumOf(q.value(4), CaseReviewStatus::Notified),
                dateOf(q.value(5)),
                dateOf(q.value(6)),
                q.value(7).toString(),
                q.value(8).toString()};
    }
    static QString order() { return QStringLiteral("rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        return dateInYear(QStringLiteral("notified"), y, s);
    }
};

template<> struct Mapping<Course> {
    static constexpr auto prefix = "course";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("courses"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("format"), QStringLiteral("description")};
    }
    static QVariantList values(const Course &r) { return {r.id, r.title, sqlEnum(r.format), r.description}; }
    static Course read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), q.value(1).toString(), enumOf(q.value(2), CourseFormat::FullDay),
                q.value(3).toString()};
    }
    static QString order() { return QStringLiteral("rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &, YearStart) { return std::nullopt; }
};

template<> struct Mapping<TrainingSession> {
    static constexpr auto prefix = "session";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("training_sessions"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"),
                QStringLiteral("course"),
                QStringLiteral("date"),
                QStringLiteral("status"),
                QStringLiteral("attendees"),
                QStringLiteral("places"),
                QStringLiteral("cancel_reason"),
                QStringLiteral("note")};
    }
    static QVariantList values(const TrainingSession &r)
    {
        return {r.id,
                r.course,
                sqlDate(r.date),
                sqlEnum(r.status),
                sqlInt(r.attendees),
                sqlInt(r.places),
                r.cancelReason ? sqlEnum(*r.cancelReason) : QVariant(),
                r.note};
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
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        return dateInYear(QStringLiteral("date"), y, s);
    }
};

template<> struct Mapping<KeyFact> {
    static constexpr auto prefix = "fact";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("key_facts"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"),    QStringLiteral("year"),       QStringLiteral("label"),
                QStringLiteral("value"), QStringLiteral("comparator"), QStringLiteral("source")};
    }
    static QVariantList values(const KeyFact &r)
    {
        return {r.id, sqlYear(r.year), r.label, r.value, r.comparator, sqlRef(r.source)};
    }
    static KeyFact read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), yearOf(q.value(1)),    q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), textOf(q.value(5))};
    }
    static QString order() { return QStringLiteral("year, rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        return yearColumn(QStringLiteral("year"), y, s);
    }
};

template<> struct Mapping<Source> {
    static constexpr auto prefix = "source";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("sources"); }
    // Sources keep their list order: it numbers the footnotes that are not cited.
    static QStringList columns()
    {
        return {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("url"), QStringLiteral("position")};
    }
    static QVariantList values(const Source &r) { return {r.id, r.text, r.url}; }
    static Source read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    }
    static QString order() { return QStringLiteral("position, id"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &, YearStart) { return std::nullopt; }
};

template<> struct Mapping<ReportText> {
    static constexpr auto prefix = "text";
    static constexpr int keyCount = 2;
    static QString table() { return QStringLiteral("report_texts"); }
    static QStringList columns() { return {QStringLiteral("year"), QStringLiteral("section"), QStringLiteral("text")}; }
    static QVariantList values(const ReportText &r) { return {sqlYear(r.year), r.section, r.text}; }
    static ReportText read(const QSqlQuery &q)
    {
        return {yearOf(q.value(0)), q.value(1).toString(), q.value(2).toString()};
    }
    static QString order() { return QStringLiteral("year, rowid"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        return yearColumn(QStringLiteral("year"), y, s);
    }
};

template<> struct Mapping<Newsletter> {
    static constexpr auto prefix = "newsletter";
    static constexpr int keyCount = 1;
    static QString table() { return QStringLiteral("newsletters"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("title")};
    }
    static QVariantList values(const Newsletter &r) { return {r.id, r.number, sqlDate(r.date), r.title}; }
    static Newsletter read(const QSqlQuery &q)
    {
        return {q.value(0).toString(), q.value(1).toInt(), dateOf(q.value(2)), q.value(3).toString(), {}};
    }
    static QString order() { return QStringLiteral("number"); }
    static QString bodyColumn() { return {}; }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        return dateInYear(QStringLiteral("date"), y, s);
    }
};

template<typename T> QString describe(const T &record)
{
    if constexpr (Mapping<T>::keyCount == 0)
        return QStringLiteral("%1 %2").arg(QLatin1String(Mapping<T>::prefix)).arg(record.rowId);
    else if constexpr (Mapping<T>::keyCount == 1)
        return QStringLiteral("%1 \"%2\"")
            .arg(QLatin1String(Mapping<T>::prefix), Mapping<T>::values(record).at(0).toString());
    else {
        const QVariantList v = Mapping<T>::values(record);
        return QStringLiteral("%1 %2 %3")
            .arg(QLatin1String(Mapping<T>::prefix), FinancialYear(v.at(0).toInt()).toString(), v.at(1).toString());
    }
}

template<typename T> Error failed(const T &record, const Error &error)
{
    return Error {tr("Could not save %1: %2").arg(describe(record), error.message)};
}

template<typename T> QVariantList keyValues(const T &record)
{
    if constexpr (Mapping<T>::keyCount == 0)
        return {record.rowId};
    else
        return Mapping<T>::values(record).mid(0, Mapping<T>::keyCount);
}

template<typename T> QString keyWhere()
{
    if constexpr (Mapping<T>::keyCount == 0)
        return QStringLiteral("id = ?");
    QStringList parts;
    const QStringList columns = Mapping<T>::columns();
    for (int i = 0; i < Mapping<T>::keyCount; ++i)
        parts << columns.at(i) + QStringLiteral(" = ?");
    return parts.join(QStringLiteral(" AND "));
}

template<typename T> QString selectColumns()
{
    QString columns = Mapping<T>::columns().join(QStringLiteral(", "));
    if constexpr (Mapping<T>::keyCount == 0)
        columns += QStringLiteral(", id");
    return columns;
}

} // namespace bd::storage
