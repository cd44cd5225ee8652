// One description per record type (core/domain/records.h): what the store, the archive and
// the audit log derive from it agrees with the schema the migrations make and with the
// archive's contract.
#include "archive/archive.h"
#include "domain/records.h"
#include "fixtures.h"
#include "sample.h"
#include "store/mapping.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace bd;

namespace {

QStringList tableColumns(Database &db, const QString &table)
{
    QStringList columns;
    auto done = db.select(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table},
                          [&](const QSqlQuery &q) { columns << q.value(0).toString(); });
    REQUIRE(done.ok());
    return columns;
}

} // namespace

TEST_CASE("Every record's columns are its table's, and every archive key is written in the contract's order",
          "[records]")
{
    test::FreshStore fresh;
    const PartnershipData sample = test::samplePartnership();
    const QJsonObject partnership = recordJson(sample.partnership);
    CHECK(partnership.contains(QStringLiteral("financialYearStart")));
    ListTypes::forEach([&]<typename T>(std::type_identity<T>) {
        INFO(Record<T>::listKey);
        const QStringList columns = tableColumns(fresh.store->database(), storage::Mapping<T>::table());
        REQUIRE_FALSE(columns.isEmpty());
        for (const QString &column : storage::Mapping<T>::columns())
            CHECK(columns.contains(column));
        // What a list's records write are the keys of their description, in its order.
        QStringList keys;
        forEachField<T>([&keys](const auto &f) {
            if constexpr (requires { f.key; })
                keys << QString::fromLatin1(f.key);
        });
        for (const T &record : sample.*Record<T>::list) {
            const QByteArray written = writeArchive(
                [&] {
                    PartnershipData one;
                    one.partnership = sample.partnership;
                    (one.*Record<T>::list) << record;
                    return one;
                }(),
                QDateTime());
            qsizetype last = written.indexOf(Record<T>::listKey);
            REQUIRE(last > 0);
            for (const QString &key : std::as_const(keys)) {
                const qsizetype at = written.indexOf("\"" + key.toUtf8() + "\":", last);
                if (at > 0)
                    CHECK(at > last);
                if (at > 0)
                    last = at;
            }
        }
    });
}

TEST_CASE("One name per thing: list, table, kind and audit name come from one description", "[records]")
{
    CHECK(QLatin1String(Record<CaseReview>::listKey) == QLatin1String("caseReviews"));
    CHECK(QLatin1String(Record<CaseReview>::table) == QLatin1String("case_reviews"));
    CHECK(QLatin1String(Record<CaseReview>::audit) == QLatin1String("caseReview"));
    CHECK(recordKindOf<CaseReview>() == RecordKind::CaseReview);
    // New records' ids start with the record's name, in the form ids take.
    test::FreshStore fresh;
    REQUIRE(fresh.store->replaceAll(test::samplePartnership()).ok());
    CaseReview review;
    review.name = QStringLiteral("Family Q");
    auto added = fresh.store->insert(review);
    REQUIRE(added.ok());
    CHECK(added->id.startsWith(QStringLiteral("case-review-")));
}

namespace {

// Where \a kind comes in InsertOrder; -1 if it is not there.
int insertPosition(RecordKind kind)
{
    int position = -1;
    int i = 0;
    InsertOrder::forEach([&]<typename T>(std::type_identity<T>) {
        if (Record<T>::kind == kind)
            position = i;
        ++i;
    });
    return position;
}

// The kinds of record \a T and its parts refer to.
template<typename T> void referredTo(QList<RecordKind> &kinds);

template<typename F> void referredBy(QList<RecordKind> &kinds, const F &field)
{
    if constexpr (requires { field.target; })
        kinds << field.target;
}
template<typename T, typename C> void referredBy(QList<RecordKind> &kinds, const field::Children<T, C> &)
{
    referredTo<C>(kinds);
}
template<typename T> void referredBy(QList<RecordKind> &kinds, const field::EntryTree<T> &)
{
    referredTo<Entry>(kinds);
}

template<typename T> void referredTo(QList<RecordKind> &kinds)
{
    forEachField<T>([&](const auto &field) { referredBy(kinds, field); });
}

} // namespace

TEST_CASE("An import fills every table after the tables its records refer to", "[records]")
{
    int position = 0;
    InsertOrder::forEach([&]<typename T>(std::type_identity<T>) {
        INFO("table: " << Record<T>::table);
        QList<RecordKind> kinds;
        referredTo<T>(kinds);
        for (RecordKind kind : std::as_const(kinds)) {
            if (kind == Record<T>::kind)
                continue; // a body's parent: the archive lists parents first
            const int target = insertPosition(kind);
            INFO("refers to kind " << int(kind));
            CHECK(target >= 0);
            CHECK(target < position);
        }
        ++position;
    });
    // What the check reads: an action refers to its case review, its reviews to meetings.
    QList<RecordKind> ofAction;
    referredTo<Action>(ofAction);
    CHECK(ofAction.contains(RecordKind::CaseReview));
    CHECK(ofAction.contains(RecordKind::Meeting));
    int listed = 0;
    ListTypes::forEach([&]<typename T>(std::type_identity<T>) {
        ++listed;
        CHECK(insertPosition(Record<T>::kind) >= 0);
    });
    CHECK(listed == position);
}
