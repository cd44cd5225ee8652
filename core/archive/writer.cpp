#include "archive.h"

#include "domain/records.h"
#include "parser.h"

#include <QJsonArray>

namespace bd {

using namespace archive;

namespace {

Json jsonString(const QString &text)
{
    Json json;
    json.type = Json::Type::String;
    json.text = text;
    return json;
}

Json jsonNumber(qint64 number)
{
    Json json;
    json.type = Json::Type::Number;
    json.text = QString::number(number);
    return json;
}

// Builds one object with its keys in the order they are added. Absent values (null dates,
// empty optional text and references, empty nested lists) are left out.
class ObjectWriter {
public:
    ObjectWriter() { m_json.type = Json::Type::Object; }

    ObjectWriter &value(const char *key, Json value)
    {
        m_json.keys.push_back(QString::fromLatin1(key));
        m_json.values.push_back(std::move(value));
        return *this;
    }
    // Required text: always written.
    ObjectWriter &text(const char *key, const QString &text) { return value(key, jsonString(text)); }
    ObjectWriter &optionalText(const char *key, const QString &text)
    {
        return text.isEmpty() ? *this : this->text(key, text);
    }
    ObjectWriter &date(const char *key, const QDate &date)
    {
        return date.isValid() ? text(key, date.toString(Qt::ISODate)) : *this;
    }
    ObjectWriter &time(const char *key, const QTime &time)
    {
        return time.isValid() ? text(key, time.toString(QStringLiteral("HH:mm"))) : *this;
    }
    ObjectWriter &year(const char *key, const FinancialYear &year)
    {
        return year.isValid() ? text(key, year.toString()) : *this;
    }
    ObjectWriter &number(const char *key, qint64 number) { return value(key, jsonNumber(number)); }
    ObjectWriter &count(const char *key, std::optional<int> count) { return count ? number(key, *count) : *this; }
    template<typename E> ObjectWriter &choice(const char *key, E chosen) { return text(key, enumKey(chosen)); }
    ObjectWriter &ids(const char *key, const QStringList &ids)
    {
        if (ids.isEmpty())
            return *this;
        Json list;
        list.type = Json::Type::Array;
        for (const QString &id : ids)
            list.values.push_back(jsonString(id));
        return value(key, std::move(list));
    }
    // Writes each record with \a writeOne(record) -> Json; an empty list only if \a keepEmpty.
    template<typename T, typename WriteOne>
    ObjectWriter &list(const char *key, const QList<T> &records, WriteOne writeOne, bool keepEmpty = false)
    {
        if (records.isEmpty() && !keepEmpty)
            return *this;
        Json list;
        list.type = Json::Type::Array;
        for (const T &record : records)
            list.values.push_back(writeOne(record));
        return value(key, std::move(list));
    }

    Json json() const { return m_json; }

private:
    Json m_json;
};

template<typename T> Json writeRecord(const T &record);
Json writeEntry(const Entry &e, bool topLevel);

// How each kind of field (domain/fields.h) is written. Required text and references are
// always written; defaults are written; absent values are left out.
template<typename T> void write(ObjectWriter &, const T &, const field::RowId<T> &) { }
template<typename T> void write(ObjectWriter &out, const T &r, const field::Id<T> &f)
{
    out.text(f.key, r.*f.member);
}
template<typename T> void write(ObjectWriter &out, const T &r, const field::Text<T> &f)
{
    if (f.need == field::Required || f.fallback)
        out.text(f.key, r.*f.member);
    else
        out.optionalText(f.key, r.*f.member);
}
template<typename T> void write(ObjectWriter &out, const T &r, const field::Ref<T> &f)
{
    if (f.need == field::Required)
        out.text(f.key, r.*f.member);
    else
        out.optionalText(f.key, r.*f.member);
}
template<typename T> void write(ObjectWriter &out, const T &r, const field::Refs<T> &f)
{
    out.ids(f.key, r.*f.member);
}
template<typename T, typename E> void write(ObjectWriter &out, const T &r, const field::Choice<T, E> &f)
{
    out.choice(f.key, r.*f.member);
}
template<typename T, typename E> void write(ObjectWriter &out, const T &r, const field::MaybeChoice<T, E> &f)
{
    if (const auto &chosen = r.*f.member)
        out.choice(f.key, *chosen);
}
template<typename T> void write(ObjectWriter &out, const T &r, const field::Date<T> &f)
{
    out.date(f.key, r.*f.member);
}
template<typename T> void write(ObjectWriter &out, const T &r, const field::Time<T> &f)
{
    out.time(f.key, r.*f.member);
}
template<typename T> void write(ObjectWriter &out, const T &r, const field::Year<T> &f)
{
    out.year(f.key, r.*f.member);
}
template<typename T> void write(ObjectWriter &out, const T &r, const field::Count<T> &f)
{
    out.count(f.key, r.*f.member);
}
template<typename T> void write(ObjectWriter &out, const T &r, const field::Number<T> &f)
{
    out.number(f.key, r.*f.member);
}
template<typename T> void write(ObjectWriter &out, const T &r, const field::Pence<T> &f)
{
    out.number(f.key, r.*f.member);
}
template<typename T> void write(ObjectWriter &out, const T &r, const field::MonthDay<T> &f)
{
    out.text(f.key, (r.*f.member).toString());
}
template<typename T, typename P> void write(ObjectWriter &out, const T &r, const field::Object<T, P> &f)
{
    out.value(f.key, writeRecord(r.*f.member));
}
template<typename T, typename C> void write(ObjectWriter &out, const T &r, const field::Children<T, C> &f)
{
    out.list(f.key, r.*f.member, writeRecord<C>);
}

// A bullet left blank in the editor (Enter pressed, nothing typed yet) says nothing, and the
// archive requires an entry's text: it is left out, and anything under it moves up a level
// in its place, so the archive stays importable and no written word is lost.
QList<Entry> withoutBlankEntries(const QList<Entry> &entries)
{
    QList<Entry> kept;
    kept.reserve(entries.size());
    for (const Entry &e : entries) {
        if (!e.text.trimmed().isEmpty()) {
            kept << e;
            continue;
        }
        for (Entry child : withoutBlankEntries(e.children)) {
            child.kind = e.kind;
            kept << child;
        }
    }
    return kept;
}

template<typename T> void write(ObjectWriter &out, const T &r, const field::EntryTree<T> &f)
{
    out.list(f.key, withoutBlankEntries(r.*f.member), [](const Entry &e) { return writeEntry(e, true); });
}

template<typename T> Json writeRecord(const T &record)
{
    ObjectWriter out;
    forEachField<T>([&](const auto &f) { write(out, record, f); });
    return out.json();
}

// Children leave out `kind`: they take their top-level entry's.
Json writeEntry(const Entry &e, bool topLevel)
{
    ObjectWriter out;
    forEachField<Entry>([&]<typename F>(const F &f) {
        if (topLevel || !std::is_same_v<F, field::Choice<Entry, EntryKind>>)
            write(out, e, f);
    });
    return out
        .list("children", withoutBlankEntries(e.children), [](const Entry &child) { return writeEntry(child, false); })
        .json();
}

// Text as a JSON string: UTF-8, escaping only what JSON requires.
void writeString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\b':
            out += QStringLiteral("\\b");
            break;
        case u'\f':
            out += QStringLiteral("\\f");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

// Two spaces a level; lists of plain values on one line, everything else one item a line.
void writeJson(QString &out, const Json &json, int depth)
{
    const auto indent = [&out](int level) { out += QString(level * 2, QLatin1Char(' ')); };
    switch (json.type) {
    case Json::Type::Null:
        out += QStringLiteral("null");
        return;
    case Json::Type::Bool:
        out += json.boolean ? QStringLiteral("true") : QStringLiteral("false");
        return;
    case Json::Type::Number:
        out += json.text;
        return;
    case Json::Type::String:
        writeString(out, json.text);
        return;
    case Json::Type::Array:
    case Json::Type::Object:
        break;
    }
    const bool isObject = json.type == Json::Type::Object;
    const QChar open = isObject ? QLatin1Char('{') : QLatin1Char('[');
    const QChar close = isObject ? QLatin1Char('}') : QLatin1Char(']');
    const bool flat = !isObject && std::all_of(json.values.begin(), json.values.end(), [](const Json &item) {
        return item.type != Json::Type::Array && item.type != Json::Type::Object;
    });
    out += open;
    for (std::size_t i = 0; i < json.values.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        if (flat) {
            if (i > 0)
                out += QLatin1Char(' ');
        } else {
            out += QLatin1Char('\n');
            indent(depth + 1);
        }
        if (isObject) {
            writeString(out, json.keys[i]);
            out += QStringLiteral(": ");
        }
        writeJson(out, json.values[i], depth + 1);
    }
    if (!flat && !json.values.empty()) {
        out += QLatin1Char('\n');
        indent(depth);
    }
    out += close;
}

// A list in the order Store::list() gives it (see archive.h): std::stable_sort keeps ties.
template<typename T> QList<T> inListOrder(QList<T> records)
{
    std::stable_sort(records.begin(), records.end(), listedBefore<T>);
    return records;
}

} // namespace

QByteArray writeArchive(const PartnershipData &data, const QDateTime &exported)
{
    ObjectWriter archive;
    archive.text("format", QLatin1StringView(archiveFormatName)).number("version", archiveFormatVersion);
    if (exported.isValid()) // with its offset from UTC, e.g. 2024-05-01T10:00:00+01:00
        archive.text("exported", exported.toOffsetFromUtc(exported.offsetFromUtc()).toString(Qt::ISODate));
    archive.value("partnership", writeRecord(data.partnership));
    ListTypes::forEach([&]<typename T>(std::type_identity<T>) {
        archive.list(Record<T>::listKey, inListOrder(data.*Record<T>::list), writeRecord<T>, true);
    });

    QString out;
    writeJson(out, archive.json(), 0);
    out += QLatin1Char('\n');
    return out.toUtf8();
}

namespace {

QJsonValue toQJson(const Json &json)
{
    switch (json.type) {
    case Json::Type::Null:
        return QJsonValue();
    case Json::Type::Bool:
        return json.boolean;
    case Json::Type::Number:
        return double(json.text.toLongLong()); // the writer writes whole numbers only
    case Json::Type::String:
        return json.text;
    case Json::Type::Array: {
        QJsonArray array;
        for (const Json &item : json.values)
            array.append(toQJson(item));
        return array;
    }
    case Json::Type::Object: {
        QJsonObject object;
        for (std::size_t i = 0; i < json.keys.size(); ++i)
            object.insert(json.keys[i], toQJson(json.values[i]));
        return object;
    }
    }
    return QJsonValue();
}

} // namespace

template<typename T> QJsonObject recordJson(const T &record)
{
    return toQJson(writeRecord(record)).toObject();
}
template<> QJsonObject recordJson(const Entry &record)
{
    return toQJson(writeEntry(record, true)).toObject();
}

// recordJson() for the partnership and every list's records.
template QJsonObject recordJson(const Partnership &);
template QJsonObject recordJson(const Agency &);
template QJsonObject recordJson(const Person &);
template QJsonObject recordJson(const Body &);
template QJsonObject recordJson(const Membership &);
template QJsonObject recordJson(const Priority &);
template QJsonObject recordJson(const Meeting &);
template QJsonObject recordJson(const Workplan &);
template QJsonObject recordJson(const Action &);
template QJsonObject recordJson(const Risk &);
template QJsonObject recordJson(const Funding &);
template QJsonObject recordJson(const Spending &);
template QJsonObject recordJson(const CaseReview &);
template QJsonObject recordJson(const Course &);
template QJsonObject recordJson(const TrainingSession &);
template QJsonObject recordJson(const KeyFact &);
template QJsonObject recordJson(const Source &);
template QJsonObject recordJson(const ReportText &);
template QJsonObject recordJson(const Newsletter &);

} // namespace bd
