#include "store.h"

#include "aggregates.h"
#include "auditjson.h"
#include "domain/ids.h"
#include "mapping.h"

#include <QSqlQuery>

namespace bd {

using namespace storage;

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
    auto done
        = m_db->select(QStringLiteral("SELECT name, short_name, contact_email, financial_year_start, heading_did, "
                                      "heading_difference FROM partnership WHERE singleton = 1"),
                       {}, [&](const QSqlQuery &q) {
                           p.name = q.value(0).toString();
                           p.shortName = q.value(1).toString();
                           p.contactEmail = q.value(2).toString();
                           p.financialYearStart = YearStart::parse(q.value(3).toString()).value_or(YearStart {});
                           p.headings = {q.value(4).toString(), q.value(5).toString()};
                       });
    if (!done)
        return done.error();
    return p;
}

Result<void> Store::setPartnership(const Partnership &p)
{
    if (auto beyond = Limits::beyond(p))
        return Error {tr("Could not save the partnership's details: %1.").arg(*beyond), ErrorCode::Invalid};
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
    auto saved = m_db->run(
        QStringLiteral("INSERT INTO partnership (singleton, name, short_name, contact_email, "
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
        m_yearStart = p ? p->financialYearStart : YearStart {};
    }
    return *m_yearStart;
}

Result<bool> Store::isEmpty()
{
    static const QStringList tables {
        QStringLiteral("partnership"),      QStringLiteral("agencies"),   QStringLiteral("people"),
        QStringLiteral("bodies"),           QStringLiteral("meetings"),   QStringLiteral("actions"),
        QStringLiteral("funding"),          QStringLiteral("spending"),   QStringLiteral("case_reviews"),
        QStringLiteral("courses"),          QStringLiteral("sources"),    QStringLiteral("report_texts"),
        QStringLiteral("newsletters"),      QStringLiteral("priorities"), QStringLiteral("risks"),
        QStringLiteral("workplans"),        QStringLiteral("key_facts"),  QStringLiteral("memberships"),
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

// The record with \a record's key as stored now, with its parts.
template<typename T> Result<std::optional<T>> loadStored(Store &store, Database &db, const T &record)
{
    std::optional<T> found;
    auto done = db.select(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(selectColumns<T>(), Mapping<T>::table(), keyWhere<T>()),
        keyValues(record), [&](const QSqlQuery &q) { found = Mapping<T>::read(q); });
    if (!done)
        return done.error();
    if (found) {
        QList<T> one {*found};
        if (auto parts = Parts<T>::load(store, db, one); !parts)
            return parts.error();
        found = one.constFirst();
    }
    return found;
}

} // namespace

template<typename T> Result<T> Store::insert(const T &record)
{
    if (auto beyond = beyondLimits(record))
        return *beyond;
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
    if constexpr (Mapping<T>::positioned) {
        // A new record goes to the end of its list.
        auto last = m_db->scalar(
            QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM %1").arg(Mapping<T>::table()));
        if (!last)
            return failed(stored, last.error());
        columns << QStringLiteral("position");
        values << *last;
    }
    auto added
        = m_db->run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(Mapping<T>::table(), columns.join(QStringLiteral(", ")), placeholders(columns.size())),
                    values);
    if (!added) {
        if constexpr (Mapping<T>::keyCount > 0) {
            auto exists = m_db->scalar(
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2)").arg(Mapping<T>::table(), keyWhere<T>()),
                keyValues(stored));
            if (exists && exists->toBool())
                return Error {tr("There is already a %1; a second one was not added.").arg(describe(stored))};
        }
        return failed(stored, added.error());
    }
    if constexpr (Mapping<T>::keyCount == 0)
        stored.rowId = m_db->lastInsertId();
    if (auto parts = Parts<T>::save(*this, *m_db, stored, true); !parts)
        return failed(stored, parts.error());
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

template<typename T> Result<void> Store::update(const T &record)
{
    if (auto beyond = beyondLimits(record))
        return *beyond;
    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started();
    std::optional<T> before;
    if (!m_importing) {
        auto found = loadStored(*this, *m_db, record);
        if (!found)
            return failed(record, found.error());
        before = *found;
    }
    const QStringList columns = Mapping<T>::columns();
    QStringList sets;
    for (qsizetype i = Mapping<T>::keyCount; i < columns.size(); ++i)
        sets << columns.at(i) + QStringLiteral(" = ?");
    const QVariantList values = Mapping<T>::values(record).mid(Mapping<T>::keyCount) + keyValues(record);
    auto changed = m_db->run(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                                 .arg(Mapping<T>::table(), sets.join(QStringLiteral(", ")), keyWhere<T>()),
                             values);
    if (!changed)
        return failed(record, changed.error());
    if (*changed == 0)
        return Error {tr("There is no %1 to change; it may have been deleted.").arg(describe(record))};
    T copy = record;
    if (auto parts = Parts<T>::save(*this, *m_db, copy, false); !parts)
        return failed(record, parts.error());
    if (before) {
        const QString was = auditJson(*before, false);
        const QString is = auditJson(record, false);
        if (was != is) {
            if (auto logged = logChange(QLatin1String(auditKind<T>()), auditKey(record), AuditAction::Update, was, is);
                !logged)
                return failed(record, logged.error());
        }
    }
    return transaction.commit();
}

template<typename T> Result<void> Store::remove(const T &record)
{
    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started();
    std::optional<T> before;
    if (!m_importing) {
        auto found = loadStored(*this, *m_db, record);
        if (!found)
            return Error {tr("Could not delete %1: %2").arg(describe(record), found.errorMessage())};
        before = *found;
    }
    auto removed = m_db->run(QStringLiteral("DELETE FROM %1 WHERE %2").arg(Mapping<T>::table(), keyWhere<T>()),
                             keyValues(record));
    if (!removed) {
        return Error {tr("Could not delete %1: %2").arg(describe(record), removed.errorMessage())};
    }
    if (before && *removed > 0) {
        if (auto logged = logChange(QLatin1String(auditKind<T>()), auditKey(*before), AuditAction::Delete,
                                    auditJson(*before, true), QString());
            !logged)
            return Error {tr("Could not delete %1: %2").arg(describe(record), logged.errorMessage())};
    }
    return transaction.commit();
}

template<typename T> Result<std::optional<T>> Store::get(const Id &id)
{
    static_assert(Mapping<T>::keyCount == 1, "get() finds records by their archive id");
    std::optional<T> found;
    static const QString sql
        = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selectColumns<T>(), Mapping<T>::table());
    auto done = m_db->select(sql, {id}, [&](const QSqlQuery &q) { found = Mapping<T>::read(q); });
    if (!done)
        return done.error();
    if (found) {
        QList<T> one {std::move(*found)};
        if (auto parts = Parts<T>::load(*this, *m_db, one); !parts)
            return parts.error();
        found = std::move(one.first());
    }
    return found;
}

template<typename T> Result<QList<T>> Store::list(const ListFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.body.isEmpty()) {
        const QString column = Mapping<T>::bodyColumn();
        if (column.isEmpty())
            return Error {tr("These records do not belong to a body.")};
        where << column + QStringLiteral(" = ?");
        values << filter.body;
    }
    if (filter.year.isValid()) {
        const auto clause = Mapping<T>::yearClause(filter.year, yearStart());
        if (!clause)
            return Error {tr("These records do not belong to a year.")};
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
    if (auto parts = Parts<T>::load(*this, *m_db, records); !parts)
        return parts.error();
    return records;
}

Result<QList<Action>> Store::actionsRaisedAt(const Id &meeting)
{
    static const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE raised_at = ? ORDER BY %3")
                                   .arg(selectColumns<Action>(), Mapping<Action>::table(), Mapping<Action>::order());
    return actionsOfMeeting(sql, meeting);
}

Result<QList<Action>> Store::actionsReviewedAt(const Id &meeting)
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM %2 WHERE id IN (SELECT action FROM action_reviews WHERE meeting = ?) "
                         "ORDER BY %3")
              .arg(selectColumns<Action>(), Mapping<Action>::table(), Mapping<Action>::order());
    return actionsOfMeeting(sql, meeting);
}

Result<QList<ActionStanding>> Store::actionStandings()
{
    // The newest review is the one with the highest position (reviews are kept in date order).
    static const QString sql
        = QStringLiteral("SELECT id, body, carried_from, due, "
                         "(SELECT r.rag FROM action_reviews r WHERE r.action = %1.id ORDER BY r.position DESC LIMIT 1) "
                         "FROM %1 ORDER BY %2")
              .arg(Mapping<Action>::table(), Mapping<Action>::order());
    QList<ActionStanding> standings;
    auto done = m_db->select(sql, {}, [&](const QSqlQuery &q) {
        ActionStanding standing {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 dateOf(q.value(3)), std::nullopt};
        if (!q.value(4).isNull())
            standing.rag = enumOf(q.value(4), Rag::Amber);
        standings << standing;
    });
    if (!done)
        return done.error();
    return standings;
}

Result<QList<Action>> Store::actionsOfMeeting(const QString &sql, const Id &meeting)
{
    QList<Action> records;
    auto done = m_db->select(sql, {meeting}, [&](const QSqlQuery &q) { records << Mapping<Action>::read(q); });
    if (!done)
        return done.error();
    if (auto parts = Parts<Action>::load(*this, *m_db, records); !parts)
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
        list << MeetingSummary {q.value(0).toString(),
                                q.value(1).toString(),
                                dateOf(q.value(2)),
                                timeOf(q.value(3)),
                                q.value(4).toString(),
                                enumOf(q.value(5), MeetingStatus::Held),
                                enumOf(q.value(6), MinutesStatus::Draft),
                                q.value(7).toInt()};
    });
    if (!done)
        return done.error();
    return list;
}

// Everything --------------------------------------------------------------------------

Result<PartnershipData> Store::loadAll()
{
    PartnershipData data;
    auto p = partnership();
    if (!p)
        return p.error();
    data.partnership = *p;
#define BD_LOAD(member, Type)                                                                                          \
    {                                                                                                                  \
        auto records = list<Type>();                                                                                   \
        if (!records)                                                                                                  \
            return records.error();                                                                                    \
        data.member = std::move(*records);                                                                             \
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

// The records the store serves.
#define BD_STORE_RECORD(Type)                                                                                          \
    template Result<Type> Store::insert<Type>(const Type &);                                                           \
    template Result<void> Store::update<Type>(const Type &);                                                           \
    template Result<void> Store::remove<Type>(const Type &);                                                           \
    template Result<QList<Type>> Store::list<Type>(const ListFilter &);
#define BD_STORE_RECORD_WITH_ID(Type)                                                                                  \
    BD_STORE_RECORD(Type)                                                                                              \
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
