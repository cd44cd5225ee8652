#pragma once

// The archive reader's parts (internal to core/archive): a Reader that collects problems and
// references, and Fields, one JSON object being read into a record. reader.cpp reads each kind
// of field and the rules of archive-v1.md with them.

#include "archive.h"
#include "domain/records.h"
#include "parser.h"
#include "util/progress.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <climits>
#include <functional>
#include <optional>

namespace bd::archive {

// Remembers where each key was first seen, to report a repeat.
class FirstSeen {
public:
    // Empty if \a key is new; else the path where it was first seen.
    QString add(const QString &key, const QString &path)
    {
        const auto found = m_paths.constFind(key);
        if (found != m_paths.cend())
            return *found;
        m_paths.insert(key, path);
        return {};
    }

private:
    QHash<QString, QString> m_paths;
};

class Fields;

// What the records of one list share while it is read: ids and other keys that must be
// unique in it, and the date of the review before (reviews go in date order).
struct ListState {
    FirstSeen ids;
    FirstSeen rows;
    FirstSeen numbers;
    QDate previousDate;
};

// A reference that has not met its record yet: checked when the whole archive has been read.
struct Pending {
    qsizetype offset;
    QString path;
    Id id;
    RecordKind target;
};

// Checks an archive's records and converts them; problems are collected, not thrown, so the
// first one in document order can be reported. References are checked at the end, so one
// may point forwards, to a record later in the file.
class Reader {
public:
    // Reads the archive \a root, handing each record to \a sink while no problem has been
    // found; the lists are read in InsertOrder. False if there were problems (problems()).
    bool read(const Json &root, const ArchiveSink &sink);
    const QList<Problem> &problems() const { return m_problems; }

    // Lists whose items are not in the tree but in \a bytes, at the places \a items gives:
    // each is parsed when its turn comes, then let go. \a done hears which bytes will not be
    // read again.
    void streamFrom(QByteArrayView bytes, const Json *list, const std::vector<Outline::Span> *items)
    {
        m_bytes = bytes;
        m_streamed.insert(list, items);
    }
    void setDone(std::function<void(qsizetype, qsizetype)> done) { m_done = std::move(done); }
    void setProgress(std::function<bool(qsizetype)> progress) { m_progress = std::move(progress); }
    bool streamed(const Json &list) const { return m_streamed.contains(&list); }
    template<typename Use> void eachItem(const Json &list, Use use)
    {
        const std::vector<Outline::Span> &items = *m_streamed.value(&list);
        qsizetype letGo = items.empty() ? 0 : items.front().start;
        for (std::size_t i = 0; i < items.size() && !stopped(); ++i) {
            const Outline::Span &span = items[i];
            Parsed parsed = parseJson(QString::fromUtf8(m_bytes.sliced(span.start, span.end - span.start)), span.start);
            if (!parsed.root || !parsed.duplicateKeys.isEmpty()) {
                m_unreadable = true; // the whole document is parsed again, for the message
                return;
            }
            use(*parsed.root, i);
            ++m_itemsRead;
            if (m_progress && !m_progress(m_itemsRead))
                m_stop = Error {cancelledMessage()};
            if (m_done && span.end - letGo >= letGoEvery) {
                m_done(letGo, span.end);
                letGo = span.end;
            }
        }
        if (m_done && !items.empty())
            m_done(letGo, items.back().end);
    }
    // An item could not be parsed on its own: the document must be parsed whole.
    bool unreadable() const { return m_unreadable; }
    // Why the reading stopped before the end: the sink's error, or a cancel.
    const std::optional<Error> &stop() const { return m_stop; }
    bool stopped() const { return m_unreadable || m_stop; }

    void report(const Json &at, const QString &path, const QString &message)
    {
        m_problems << Problem {at.offset, path, message};
    }
    bool expect(const Json &value, Json::Type type, const QString &path)
    {
        if (value.type == type)
            return true;
        report(value, path, tr("expected %1, found %2").arg(typeName(type), typeName(value.type)));
        return false;
    }
    // A reference must name a record of \a target; it is looked for once all are read.
    void checkReference(const Json &value, const QString &path, RecordKind target)
    {
        checkReference(value.offset, path, value.text, target);
    }
    void checkReference(qsizetype offset, const QString &path, const Id &id, RecordKind target)
    {
        if (!id.isEmpty() && !m_ids[target].contains(id))
            m_pending << Pending {offset, path, id, target};
    }
    void addId(RecordKind kind, const Id &id) { m_ids[kind].insert(id); }
    void addParent(const Id &body, const Id &parent, qsizetype offset, const QString &path)
    {
        m_parents.insert(body, parent);
        m_parentFields << Pending {offset, path, body, RecordKind::Body};
    }

    template<typename T> T readRecord(Fields &f, ListState &state);

private:
    void checkPending();
    bool hasParentCycle(const Id &body) const;

    template<typename T> void handOn(const ArchiveSink &sink, const T &record);

    static constexpr qsizetype letGoEvery = 8 << 20;
    QByteArrayView m_bytes;
    QHash<const Json *, const std::vector<Outline::Span> *> m_streamed;
    std::function<void(qsizetype, qsizetype)> m_done;
    std::function<bool(qsizetype)> m_progress;
    qsizetype m_itemsRead = 0;
    bool m_unreadable = false;
    std::optional<Error> m_stop;
    QList<Problem> m_problems;
    QHash<RecordKind, QSet<Id>> m_ids;
    QList<Pending> m_pending;
    QHash<Id, Id> m_parents; // body -> parent body, as written
    QList<Pending> m_parentFields; // where each body names its parent
};

// One JSON object being read into a record. Every field is read by name, so the fields read
// are the fields allowed: finish() reports any other as unknown, and lists the allowed ones.
//
// Text fields (free text and references) treat "" like a field left out; dates, times,
// years, numbers and enumeration keys must be valid whenever they are present and not null.
class Fields {
public:
    Fields(Reader &reader, const Json &object, QString path)
        : m_reader(reader)
        , m_object(object)
        , m_path(std::move(path))
    {
    }

    const QString &path() const { return m_path; }
    QString path(const char *key) const { return childPath(m_path, QString::fromLatin1(key)); }

    // The field's value; nothing if it is absent or null (a problem if it is required).
    const Json *get(const char *key, field::Need need = field::Optional)
    {
        const QLatin1StringView name(key);
        if (!m_known.contains(name))
            m_known << name;
        const Json *value = m_object.member(name);
        if (value && value->type != Json::Type::Null)
            return value;
        if (need == field::Required)
            problem(key, tr("this field is required"));
        return nullptr;
    }
    // The field's value as written, not looked at.
    const Json *raw(const char *key) const { return m_object.member(QLatin1StringView(key)); }
    // The field's whole number if it is one (problems are reported when it is read).
    std::optional<qint64> wholeNumber(const char *key) const
    {
        const Json *value = raw(key);
        if (!value || value->type != Json::Type::Number || value->text.contains(u'.')
            || value->text.contains(u'e', Qt::CaseInsensitive))
            return std::nullopt;
        bool fits = false;
        const qint64 number = value->text.toLongLong(&fits);
        return fits && number >= 0 && number <= INT_MAX ? std::optional<qint64>(number) : std::nullopt;
    }
    // True if the field is there and not null.
    bool present(const char *key) const
    {
        const Json *value = m_object.member(QLatin1StringView(key));
        return value && value->type != Json::Type::Null;
    }

    // A problem with a field (or, if it is absent, with this object).
    void problem(const char *key, const QString &message)
    {
        const Json *value = m_object.member(QLatin1StringView(key));
        m_reader.report(value ? *value : m_object, path(key), message);
    }
    void problem(const QString &message) { m_reader.report(m_object, m_path, message); }

    // A string field; required text must not be empty.
    QString text(const char *key, field::Need need = field::Optional)
    {
        const Json *value = string(key, need);
        if (!value)
            return {};
        if (need == field::Required && value->text.isEmpty())
            problem(key, tr("this field is required and must not be empty"));
        return value->text;
    }

    // This record's id: well-formed and unique within its list.
    Id id(FirstSeen &ids)
    {
        const Id id = text("id", field::Required);
        if (id.isEmpty())
            return id;
        if (!isValidId(id))
            problem("id", tr("%1 is not an id: use 1 to 64 of the characters a-z 0-9 . _ -").arg(quoted(id)));
        else if (const QString first = ids.add(id, m_path); !first.isEmpty())
            problem("id", tr("%1 is also the id of %2: ids must be unique within a list").arg(quoted(id), first));
        return id;
    }

    // The id of a record of \a target.
    Id reference(const char *key, RecordKind target, field::Need need = field::Optional)
    {
        const Id id = text(key, need);
        if (const Json *value = m_object.member(QLatin1StringView(key)); value && !id.isEmpty())
            m_reader.checkReference(*value, path(key), target);
        return id;
    }

    // A list of ids of records of \a target, each at most once.
    QStringList references(const char *key, RecordKind target)
    {
        QStringList ids;
        const Json *list = this->list(key);
        if (!list)
            return ids;
        for (std::size_t i = 0; i < list->values.size(); ++i) {
            const Json &item = list->values[i];
            const QString itemPath = indexPath(path(key), i);
            if (!m_reader.expect(item, Json::Type::String, itemPath))
                continue;
            m_reader.checkReference(item, itemPath, target);
            if (ids.contains(item.text))
                m_reader.report(item, itemPath, tr("%1 is listed twice").arg(quoted(item.text)));
            else
                ids << item.text;
        }
        return ids;
    }

    QDate date(const char *key, field::Need need = field::Optional)
    {
        static const QRegularExpression form(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
        const Json *value = string(key, need);
        if (!value)
            return {};
        const auto match = form.match(value->text);
        if (!match.hasMatch()) {
            problem(key, tr("%1 is not a date in the form YYYY-MM-DD").arg(quoted(value->text)));
            return {};
        }
        const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
        if (!date.isValid())
            problem(key, tr("%1 is not a date that exists").arg(quoted(value->text)));
        return date;
    }

    QTime time(const char *key)
    {
        static const QRegularExpression form(QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])$"));
        const Json *value = string(key, field::Optional);
        if (!value)
            return {};
        const auto match = form.match(value->text);
        if (!match.hasMatch()) {
            problem(key, tr("%1 is not a time in the form HH:MM (24 hour)").arg(quoted(value->text)));
            return {};
        }
        return QTime(match.capturedView(1).toInt(), match.capturedView(2).toInt());
    }

    FinancialYear year(const char *key, field::Need need = field::Optional)
    {
        const Json *value = string(key, need);
        if (!value)
            return {};
        const auto year = FinancialYear::parse(value->text);
        if (!year) {
            problem(key,
                    tr("%1 is not a financial year in the form YYYY-YY, such as 2018-19").arg(quoted(value->text)));
            return {};
        }
        return *year;
    }

    // False if the field holds something other than one of \a E's keys (reported already).
    template<typename E> bool readable(const char *key) const
    {
        const Json *value = m_object.member(QLatin1StringView(key));
        return !value || value->type == Json::Type::Null
            || (value->type == Json::Type::String && enumFromKey<E>(value->text).has_value());
    }

    // An enumeration key; nothing if absent or not a key of \a E.
    template<typename E> std::optional<E> choice(const char *key, field::Need need = field::Optional)
    {
        const Json *value = string(key, need);
        if (!value)
            return std::nullopt;
        const auto chosen = enumFromKey<E>(value->text);
        if (!chosen)
            problem(key,
                    tr("%1 is not one of %2").arg(quoted(value->text), enumKeyList<E>().join(QStringLiteral(", "))));
        return chosen;
    }

    // A whole number from \a least to \a most, written as digits only.
    std::optional<qint64> integer(const char *key, field::Need need, qint64 least, qint64 most)
    {
        const Json *value = get(key, need);
        if (!value || !isOf(*value, Json::Type::Number, key))
            return std::nullopt;
        // Money and counts must be exact: 12.5, 12.0 and 1e3 are all refused, as is anything
        // that a reader holding numbers as doubles would round.
        const QString &written = value->text;
        if (written.contains(u'.') || written.contains(u'e', Qt::CaseInsensitive)) {
            problem(
                key,
                tr("%1 is not a whole number (write digits only, without a decimal point or exponent)").arg(written));
            return std::nullopt;
        }
        bool fits = false;
        const qint64 number = written.toLongLong(&fits);
        const qint64 low = std::max(least, -maxSafeInteger);
        const qint64 high = std::min(most, maxSafeInteger);
        const bool negative = written.startsWith(u'-');
        if ((!fits && negative) || (fits && number < low)) {
            problem(key, tr("%1 is less than %2").arg(written).arg(low));
            return std::nullopt;
        }
        if (!fits || number > high) {
            problem(key, tr("%1 is more than %2").arg(written).arg(high));
            return std::nullopt;
        }
        return number;
    }

    // A count: a whole number >= 0.
    std::optional<int> count(const char *key, field::Need need = field::Optional)
    {
        const auto number = integer(key, need, 0, INT_MAX);
        return number ? std::optional<int>(int(*number)) : std::nullopt;
    }

    qint64 pence(const char *key) { return integer(key, field::Required, 0, maxSafeInteger).value_or(0); }

    // Ranges go forwards: \a fromKey's date is not after \a toKey's.
    void forwards(const char *fromKey, const QDate &from, const char *toKey, const QDate &to)
    {
        if (from.isValid() && to.isValid() && to < from)
            problem(toKey,
                    tr("%1 is before %2 (%3)")
                        .arg(to.toString(Qt::ISODate), QLatin1StringView(fromKey), from.toString(Qt::ISODate)));
    }

    // A list field, or nothing if it is absent or null.
    const Json *list(const char *key)
    {
        const Json *value = get(key);
        return value && isOf(*value, Json::Type::Array, key) ? value : nullptr;
    }

    // Reads each object of a list field with \a readOne(Fields &).
    template<typename T, typename ReadOne> QList<T> records(const char *key, ReadOne readOne)
    {
        return records<T>(key, list(key), readOne);
    }
    // The same, for a list already found with list(\a key).
    template<typename T, typename ReadOne> QList<T> records(const char *key, const Json *list, ReadOne readOne)
    {
        QList<T> records;
        eachRecord(key, list, [&](Fields &fields) { records << readOne(fields); });
        return records;
    }
    // Calls \a use(Fields &) for each object of the list \a list (the field \a key), whether its
    // items are in the tree or are read one by one from the bytes (Reader::streamed()).
    template<typename Use> void eachRecord(const char *key, const Json *list, Use use)
    {
        if (!list)
            return;
        const auto one = [&](const Json &item, std::size_t i) {
            const QString itemPath = indexPath(path(key), i);
            if (!m_reader.expect(item, Json::Type::Object, itemPath))
                return;
            Fields fields(m_reader, item, itemPath);
            use(fields);
            fields.finish();
        };
        if (m_reader.streamed(*list)) {
            m_reader.eachItem(*list, one);
            return;
        }
        for (std::size_t i = 0; i < list->values.size(); ++i)
            one(list->values[i], i);
    }

    // Reads an object field with \a readOne(Fields &); false if it is absent.
    template<typename ReadOne> bool object(const char *key, field::Need need, ReadOne readOne)
    {
        const Json *value = get(key, need);
        if (!value || !isOf(*value, Json::Type::Object, key))
            return false;
        Fields fields(m_reader, *value, path(key));
        readOne(fields);
        fields.finish();
        return true;
    }

    // Reports the fields that were never read: they are not part of the archive.
    void finish()
    {
        for (std::size_t i = 0; i < m_object.keys.size(); ++i) {
            const QString &key = m_object.keys[i];
            if (!m_known.contains(key))
                m_reader.report(m_object.values[i], childPath(m_path, key),
                                tr("unknown field; the fields here are %1").arg(m_known.join(QStringLiteral(", "))));
        }
    }

    // A string field's value; nothing if absent, null or not a string (reported).
    const Json *string(const char *key, field::Need need = field::Optional)
    {
        const Json *value = get(key, need);
        return value && isOf(*value, Json::Type::String, key) ? value : nullptr;
    }

private:
    // Reader::expect, with the path (a string built for every field of 200,000 records)
    // made only for the message.
    bool isOf(const Json &value, Json::Type type, const char *key)
    {
        return value.type == type || m_reader.expect(value, type, path(key));
    }

    Reader &m_reader;
    const Json &m_object;
    QString m_path;
    QStringList m_known; // the fields read so far, in order
};

} // namespace bd::archive
