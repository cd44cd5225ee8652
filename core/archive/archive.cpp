#include "archive.h"

#include "domain/ids.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <climits>
#include <vector>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::archive", text);
}

// JSON readers in other languages hold numbers as doubles: beyond 2^53 they are not exact.
constexpr qint64 maxSafeInteger = (qint64(1) << 53) - 1;
// Deeper than any archive needs (entries reach 11 levels). Refused before the parser recurses
// further, so a hostile file cannot exhaust the stack.
constexpr int maxJsonDepth = 64;
// Top-level entries are level 0; children may go two levels below them.
constexpr int maxEntryLevel = 2;

// JSON documents ----------------------------------------------------------------------

// A parsed JSON value. Unlike QJsonValue it keeps an object's keys in document order, a
// number exactly as written (so 12.0 and 1e3 can be refused as money) and where the value
// starts (so errors can be put in document order).
struct Json {
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    QString text; // a string's value, or a number as written
    std::vector<QString> keys; // an object's keys, in order
    std::vector<Json> values; // an object's values (beside its keys), or an array's items
    qsizetype offset = 0; // where the value starts in the document

    const Json *member(QLatin1StringView key) const
    {
        const auto found = std::find(keys.begin(), keys.end(), key);
        return found == keys.end() ? nullptr : &values[std::size_t(found - keys.begin())];
    }
};

QString typeName(Json::Type type)
{
    switch (type) {
    case Json::Type::Null:
        return tr("null");
    case Json::Type::Bool:
        return tr("true or false");
    case Json::Type::Number:
        return tr("a number");
    case Json::Type::String:
        return tr("a string");
    case Json::Type::Array:
        return tr("a list");
    case Json::Type::Object:
        return tr("an object");
    }
    return {};
}

// Paths as the messages show them: meetings[3].entries[0].kind.
QString childPath(const QString &path, const QString &key)
{
    const bool plain = !key.isEmpty() && std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
            || c == u'-';
    });
    if (plain)
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    // A key that would make the path ambiguous is shown quoted: ["odd key"].
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return path + QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

QString indexPath(const QString &path, std::size_t index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// A value as a message quotes it: strings in double quotes, long ones cut short.
QString quoted(const QString &text)
{
    constexpr qsizetype longest = 60;
    QString shown = text.size() > longest ? text.left(longest) + QChar(0x2026) : text;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown[i].unicode() < 0x20)
            shown[i] = QChar(0xfffd); // keep the message on one line
    }
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

// Line and column (both from 1, columns in characters) of \a offset in \a text.
std::pair<qsizetype, qsizetype> lineColumn(QStringView text, qsizetype offset)
{
    qsizetype line = 1;
    qsizetype column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else if (!text[i].isLowSurrogate()) {
            ++column;
        }
    }
    return {line, column};
}

// The offset of the first byte that is not well-formed UTF-8, or -1 if there is none.
// (Qt's decoders replace bad bytes silently; an archive with them is refused instead.)
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t smallest = 0;
        if ((lead & 0xe0) == 0xc0) {
            length = 2;
            code = lead & 0x1f;
            smallest = 0x80;
        } else if ((lead & 0xf0) == 0xe0) {
            length = 3;
            code = lead & 0x0f;
            smallest = 0x800;
        } else if ((lead & 0xf8) == 0xf0) {
            length = 4;
            code = lead & 0x07;
            smallest = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3f);
        }
        // Overlong forms, UTF-16 surrogates and values beyond U+10FFFF are not UTF-8.
        if (code < smallest || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
            return i;
        i += length;
    }
    return -1;
}

// Something wrong with the archive, where it is.
struct Problem {
    qsizetype offset = 0; // in the document, to report problems in document order
    QString path;
    QString message;
};

// A strict JSON parser (RFC 8259). QJsonDocument is not used for reading: it keeps one of two
// duplicate keys without a word and does not say how a number was written. This one reports
// duplicate keys by path, and refuses nesting deeper than maxJsonDepth before it recurses.
class Parser {
public:
    explicit Parser(QStringView text)
        : m_text(text)
    {
    }

    // The document, or nothing after a syntax error (see syntaxError()).
    std::optional<Json> parse()
    {
        Json root;
        if (!value(root, 0))
            return std::nullopt;
        skipSpace();
        if (m_pos < m_text.size()) {
            fail(tr("there is more after the end of the document"));
            return std::nullopt;
        }
        return root;
    }

    const Problem &syntaxError() const { return *m_error; }
    // Keys that appear twice in one object: the document parses, but must be refused.
    const QList<Problem> &duplicateKeys() const { return m_duplicates; }

private:
    bool value(Json &out, int depth)
    {
        skipSpace();
        out.offset = m_pos;
        if (m_pos >= m_text.size())
            return fail(m_pos == 0 ? tr("the file is empty") : tr("the document ends where a value should be"));
        const char16_t c = m_text[m_pos].unicode();
        switch (c) {
        case '{':
            return object(out, depth + 1);
        case '[':
            return array(out, depth + 1);
        case '"':
            out.type = Json::Type::String;
            return string(out.text);
        case 't':
            out.type = Json::Type::Bool;
            out.boolean = true;
            return literal(QLatin1StringView("true"));
        case 'f':
            out.type = Json::Type::Bool;
            return literal(QLatin1StringView("false"));
        case 'n':
            return literal(QLatin1StringView("null"));
        default:
            if (c == '-' || isDigit())
                return number(out);
            return fail(tr("expected a value (a string, number, object, list, true, false or null)"));
        }
    }

    bool object(Json &out, int depth)
    {
        if (depth > maxJsonDepth)
            return fail(tr("the document is nested more than %1 levels deep").arg(maxJsonDepth));
        out.type = Json::Type::Object;
        ++m_pos; // {
        skipSpace();
        if (next(u'}'))
            return true;
        // Keys seen, for duplicates: most objects have a few, so a set only for many.
        std::optional<QSet<QString>> seen;
        for (;;) {
            skipSpace();
            if (peek() != u'"')
                return fail(tr("expected a field name in double quotes"));
            const qsizetype keyOffset = m_pos;
            QString key;
            if (!string(key))
                return false;
            skipSpace();
            if (!next(u':'))
                return fail(tr("expected ':' after the field name"));
            m_path.push_back(Step {key, -1});
            Json member;
            if (!value(member, depth))
                return false;
            if (!seen && out.keys.size() >= 16)
                seen.emplace(out.keys.cbegin(), out.keys.cend());
            const bool duplicate = seen ? seen->contains(key) : std::find(out.keys.cbegin(), out.keys.cend(), key) != out.keys.cend();
            if (duplicate) {
                m_duplicates << Problem {keyOffset, path(),
                                         tr("the field %1 appears more than once in this object").arg(quoted(key))};
            } else {
                if (seen)
                    seen->insert(key);
                out.keys.push_back(key);
                out.values.push_back(std::move(member));
            }
            m_path.pop_back();
            skipSpace();
            if (next(u','))
                continue;
            if (next(u'}'))
                return true;
            return fail(tr("expected ',' or '}' after a field"));
        }
    }

    bool array(Json &out, int depth)
    {
        if (depth > maxJsonDepth)
            return fail(tr("the document is nested more than %1 levels deep").arg(maxJsonDepth));
        out.type = Json::Type::Array;
        ++m_pos; // [
        skipSpace();
        if (next(u']'))
            return true;
        for (;;) {
            m_path.push_back(Step {QString(), qsizetype(out.values.size())});
            Json item;
            if (!value(item, depth))
                return false;
            out.values.push_back(std::move(item));
            m_path.pop_back();
            skipSpace();
            if (next(u','))
                continue;
            if (next(u']'))
                return true;
            return fail(tr("expected ',' or ']' after a list item"));
        }
    }

    bool string(QString &out)
    {
        ++m_pos; // "
        for (;;) {
            if (m_pos >= m_text.size())
                return fail(tr("the document ends inside a string"));
            const QChar c = m_text[m_pos];
            if (c == u'"') {
                ++m_pos;
                return true;
            }
            if (c.unicode() < 0x20)
                return fail(tr("a string holds a control character (U+%1): write it as an escape such as \\n")
                                .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
            if (c != u'\\') {
                // A run of plain characters in one go: most strings have no escape at all,
                // and an archive holds hundreds of thousands of them.
                qsizetype end = m_pos + 1;
                while (end < m_text.size()) {
                    const char16_t u = m_text[end].unicode();
                    if (u == u'"' || u == u'\\' || u < 0x20)
                        break;
                    ++end;
                }
                out += m_text.sliced(m_pos, end - m_pos);
                m_pos = end;
                continue;
            }
            const qsizetype escape = m_pos;
            const char16_t kind = m_pos + 1 < m_text.size() ? m_text[m_pos + 1].unicode() : u'\0';
            m_pos += 2;
            switch (kind) {
            case u'"':
            case u'\\':
            case u'/':
                out += QChar(kind);
                break;
            case u'b':
                out += QLatin1Char('\b');
                break;
            case u'f':
                out += QLatin1Char('\f');
                break;
            case u'n':
                out += QLatin1Char('\n');
                break;
            case u'r':
                out += QLatin1Char('\r');
                break;
            case u't':
                out += QLatin1Char('\t');
                break;
            case u'u': {
                char16_t unit = 0;
                if (!hex4(unit))
                    return fail(tr("\\u must be followed by four hexadecimal digits"), escape);
                if (QChar::isHighSurrogate(unit)) {
                    char16_t low = 0;
                    if (!(next(u'\\') && next(u'u') && hex4(low) && QChar::isLowSurrogate(low)))
                        return fail(tr("a \\u escape holds half a character (a lone surrogate)"), escape);
                    out += QChar(unit);
                    out += QChar(low);
                } else if (QChar::isLowSurrogate(unit)) {
                    return fail(tr("a \\u escape holds half a character (a lone surrogate)"), escape);
                } else {
                    out += QChar(unit);
                }
                break;
            }
            default:
                return fail(
                    tr("a backslash in a string must start an escape: \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX"),
                    escape);
            }
        }
    }

    bool hex4(char16_t &unit)
    {
        if (m_pos + 4 > m_text.size())
            return false;
        unit = 0;
        for (qsizetype i = 0; i < 4; ++i) {
            const int digit = hexValue(m_text[m_pos + i]);
            if (digit < 0)
                return false;
            unit = char16_t(unit * 16 + digit);
        }
        m_pos += 4;
        return true;
    }

    bool number(Json &out)
    {
        const qsizetype start = m_pos;
        next(u'-');
        if (next(u'0')) {
            if (isDigit())
                return fail(tr("a number cannot start with 0"));
        } else if (!skipDigits()) {
            return fail(tr("expected a digit"));
        }
        if (next(u'.') && !skipDigits())
            return fail(tr("expected a digit after the decimal point"));
        if (next(u'e') || next(u'E')) {
            if (!next(u'+'))
                next(u'-');
            if (!skipDigits())
                return fail(tr("expected a digit in the exponent"));
        }
        out.type = Json::Type::Number;
        out.text = m_text.sliced(start, m_pos - start).toString();
        return true;
    }

    bool literal(QLatin1StringView word)
    {
        if (!m_text.sliced(m_pos).startsWith(word))
            return fail(tr("expected a value (a string, number, object, list, true, false or null)"));
        m_pos += word.size();
        return true;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                return;
            ++m_pos;
        }
    }

    static int hexValue(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return -1;
    }

    bool skipDigits()
    {
        const qsizetype start = m_pos;
        while (isDigit())
            ++m_pos;
        return m_pos > start;
    }

    QChar peek() const { return m_pos < m_text.size() ? m_text[m_pos] : QChar(); }
    bool isDigit() const { return peek() >= u'0' && peek() <= u'9'; }
    bool next(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // Built only when a problem is reported: an archive holds a million values.
    QString path() const
    {
        QString built;
        for (const Step &step : m_path)
            built = step.index < 0 ? childPath(built, step.key) : indexPath(built, std::size_t(step.index));
        return built;
    }

    bool fail(const QString &message, qsizetype at = -1)
    {
        m_error = Problem {at < 0 ? m_pos : at, path(), message};
        return false;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    // Where the value being parsed is: a field name, or a list index (key empty).
    struct Step {
        QString key;
        qsizetype index = -1;
    };
    std::vector<Step> m_path; // innermost last
    std::optional<Problem> m_error;
    QList<Problem> m_duplicates;
};

// Reading records ---------------------------------------------------------------------

enum class Need { Optional, Required };

// The ids of one list, for checking references to it.
struct IdSet {
    const char *missing; // the message when a reference finds no record; %1 is the id
    QSet<QString> ids;
};

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

// Checks a whole archive and converts it to records; problems are collected, not thrown, so
// the first one in document order can be reported.
class Reader {
public:
    std::optional<PartnershipData> read(const Json &root);
    const QList<Problem> &problems() const { return m_problems; }

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
    // A reference must name a record of \a target.
    void checkReference(const Json &value, const QString &path, const IdSet &target)
    {
        if (!value.text.isEmpty() && !target.ids.contains(value.text))
            report(value, path, tr(target.missing).arg(quoted(value.text)));
    }

private:
    Partnership readPartnership(Fields &f);
    Agency readAgency(Fields &f, FirstSeen &ids);
    Person readPerson(Fields &f, FirstSeen &ids);
    Body readBody(Fields &f, FirstSeen &ids);
    Membership readMembership(Fields &f);
    Priority readPriority(Fields &f, FirstSeen &ids);
    Meeting readMeeting(Fields &f, FirstSeen &ids);
    Entry readEntry(Fields &f, int level, std::optional<EntryKind> topKind);
    Workplan readWorkplan(Fields &f, FirstSeen &ids);
    Action readAction(Fields &f, FirstSeen &ids);
    Risk readRisk(Fields &f, FirstSeen &ids);
    Funding readFunding(Fields &f, FirstSeen &rows);
    Spending readSpending(Fields &f);
    CaseReview readCaseReview(Fields &f, FirstSeen &ids);
    Course readCourse(Fields &f, FirstSeen &ids);
    TrainingSession readTrainingSession(Fields &f, FirstSeen &ids);
    KeyFact readKeyFact(Fields &f, FirstSeen &ids);
    Source readSource(Fields &f, FirstSeen &ids);
    ReportText readReportText(Fields &f, FirstSeen &rows);
    Newsletter readNewsletter(Fields &f, FirstSeen &ids, FirstSeen &numbers);

    void collectIds(const Json &root);
    bool hasParentCycle(const Id &body) const;

    QList<Problem> m_problems;
    // Every list's ids, collected before the records are read so that a reference may
    // point forwards, to a record later in the file.
    IdSet m_agencies {QT_TRANSLATE_NOOP("bd::archive", "there is no agency with the id %1"), {}};
    IdSet m_people {QT_TRANSLATE_NOOP("bd::archive", "there is no person with the id %1"), {}};
    IdSet m_bodies {QT_TRANSLATE_NOOP("bd::archive", "there is no body with the id %1"), {}};
    IdSet m_priorities {QT_TRANSLATE_NOOP("bd::archive", "there is no priority with the id %1"), {}};
    IdSet m_meetings {QT_TRANSLATE_NOOP("bd::archive", "there is no meeting with the id %1"), {}};
    IdSet m_workplans {QT_TRANSLATE_NOOP("bd::archive", "there is no workplan with the id %1"), {}};
    IdSet m_caseReviews {QT_TRANSLATE_NOOP("bd::archive", "there is no case review with the id %1"), {}};
    IdSet m_courses {QT_TRANSLATE_NOOP("bd::archive", "there is no course with the id %1"), {}};
    IdSet m_sources {QT_TRANSLATE_NOOP("bd::archive", "there is no source with the id %1"), {}};
    QHash<Id, Id> m_parents; // body -> parent body, as written
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
    const Json *get(const char *key, Need need = Need::Optional)
    {
        const QLatin1StringView name(key);
        if (!m_known.contains(name))
            m_known << name;
        const Json *value = m_object.member(name);
        if (value && value->type != Json::Type::Null)
            return value;
        if (need == Need::Required)
            problem(key, tr("this field is required"));
        return nullptr;
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
    QString text(const char *key, Need need = Need::Optional)
    {
        const Json *value = string(key, need);
        if (!value)
            return {};
        if (need == Need::Required && value->text.isEmpty())
            problem(key, tr("this field is required and must not be empty"));
        return value->text;
    }

    // This record's id: well-formed and unique within its list.
    Id id(FirstSeen &ids)
    {
        const Id id = text("id", Need::Required);
        if (id.isEmpty())
            return id;
        if (!isValidId(id))
            problem("id", tr("%1 is not an id: use 1 to 64 of the characters a-z 0-9 . _ -").arg(quoted(id)));
        else if (const QString first = ids.add(id, m_path); !first.isEmpty())
            problem("id", tr("%1 is also the id of %2: ids must be unique within a list").arg(quoted(id), first));
        return id;
    }

    // The id of a record of \a target.
    Id reference(const char *key, const IdSet &target, Need need = Need::Optional)
    {
        const Id id = text(key, need);
        if (const Json *value = m_object.member(QLatin1StringView(key)); value && !id.isEmpty() && !target.ids.contains(value->text))
            m_reader.checkReference(*value, path(key), target);
        return id;
    }

    // A list of ids of records of \a target, each at most once.
    QStringList references(const char *key, const IdSet &target)
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

    QDate date(const char *key, Need need = Need::Optional)
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
        const Json *value = string(key, Need::Optional);
        if (!value)
            return {};
        const auto match = form.match(value->text);
        if (!match.hasMatch()) {
            problem(key, tr("%1 is not a time in the form HH:MM (24 hour)").arg(quoted(value->text)));
            return {};
        }
        return QTime(match.capturedView(1).toInt(), match.capturedView(2).toInt());
    }

    FinancialYear year(const char *key, Need need = Need::Optional)
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

    // An enumeration key; nothing if absent or not a key of \a E.
    template<typename E> std::optional<E> choice(const char *key, Need need = Need::Optional)
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
    std::optional<qint64> integer(const char *key, Need need, qint64 least, qint64 most)
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
    std::optional<int> count(const char *key, Need need = Need::Optional)
    {
        const auto number = integer(key, need, 0, INT_MAX);
        return number ? std::optional<int>(int(*number)) : std::nullopt;
    }

    qint64 pence(const char *key) { return integer(key, Need::Required, 0, maxSafeInteger).value_or(0); }

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
        if (!list)
            return records;
        for (std::size_t i = 0; i < list->values.size(); ++i) {
            const QString itemPath = indexPath(path(key), i);
            const Json &item = list->values[i];
            if (!m_reader.expect(item, Json::Type::Object, itemPath))
                continue;
            Fields fields(m_reader, item, itemPath);
            records << readOne(fields);
            fields.finish();
        }
        return records;
    }

    // Reads an object field with \a readOne(Fields &); false if it is absent.
    template<typename ReadOne> bool object(const char *key, Need need, ReadOne readOne)
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
    const Json *string(const char *key, Need need = Need::Optional)
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

// Reviews go in date order; each review is checked against the one before.
class DateOrder {
public:
    void check(Fields &review, const QDate &date)
    {
        if (!date.isValid())
            return;
        if (m_previous.isValid() && date < m_previous)
            review.problem("date",
                           tr("%1 is before the previous review's date, %2: reviews go in date order")
                               .arg(date.toString(Qt::ISODate), m_previous.toString(Qt::ISODate)));
        m_previous = date;
    }

private:
    QDate m_previous;
};

std::optional<PartnershipData> Reader::read(const Json &root)
{
    if (!expect(root, Json::Type::Object, QString()))
        return std::nullopt;
    Fields top(*this, root, QString());

    // Format and version first: a newer archive may have fields this program does not know.
    const QString format = top.text("format", Need::Required);
    if (!format.isEmpty() && format != QLatin1StringView(archiveFormatName))
        top.problem("format",
                    tr("%1 is not \"%2\": this is not a BoardDesk archive")
                        .arg(quoted(format), QLatin1StringView(archiveFormatName)));
    if (!m_problems.isEmpty())
        return std::nullopt;
    const auto version = top.integer("version", Need::Required, -maxSafeInteger, maxSafeInteger);
    if (version && *version > archiveFormatVersion)
        top.problem(tr("version %1 is newer than this program reads (%2): open it with a newer BoardDesk")
                        .arg(*version)
                        .arg(archiveFormatVersion));
    else if (version && *version < archiveFormatVersion)
        top.problem(tr("version %1 is not a version of the archive (this program reads %2)")
                        .arg(*version)
                        .arg(archiveFormatVersion));
    if (!m_problems.isEmpty())
        return std::nullopt;
    top.string("exported"); // ignored on import, but if present it must be a string

    collectIds(root);

    PartnershipData data;
    top.object("partnership", Need::Required, [&](Fields &f) { data.partnership = readPartnership(f); });

    // Each list's own ids, and other keys that must be unique, are checked as it is read.
    FirstSeen agencyIds, personIds, bodyIds, priorityIds, meetingIds, workplanIds, actionIds, riskIds, fundingRows,
        caseReviewIds, courseIds, sessionIds, keyFactIds, sourceIds, reportTextRows, newsletterIds, newsletterNumbers;
    data.agencies = top.records<Agency>("agencies", [&](Fields &f) { return readAgency(f, agencyIds); });
    data.people = top.records<Person>("people", [&](Fields &f) { return readPerson(f, personIds); });
    data.bodies = top.records<Body>("bodies", [&](Fields &f) { return readBody(f, bodyIds); });
    data.memberships = top.records<Membership>("memberships", [&](Fields &f) { return readMembership(f); });
    data.priorities = top.records<Priority>("priorities", [&](Fields &f) { return readPriority(f, priorityIds); });
    data.meetings = top.records<Meeting>("meetings", [&](Fields &f) { return readMeeting(f, meetingIds); });
    data.workplans = top.records<Workplan>("workplans", [&](Fields &f) { return readWorkplan(f, workplanIds); });
    data.actions = top.records<Action>("actions", [&](Fields &f) { return readAction(f, actionIds); });
    data.risks = top.records<Risk>("risks", [&](Fields &f) { return readRisk(f, riskIds); });
    data.funding = top.records<Funding>("funding", [&](Fields &f) { return readFunding(f, fundingRows); });
    data.spending = top.records<Spending>("spending", [&](Fields &f) { return readSpending(f); });
    data.caseReviews
        = top.records<CaseReview>("caseReviews", [&](Fields &f) { return readCaseReview(f, caseReviewIds); });
    data.courses = top.records<Course>("courses", [&](Fields &f) { return readCourse(f, courseIds); });
    data.trainingSessions = top.records<TrainingSession>("trainingSessions",
                                                         [&](Fields &f) { return readTrainingSession(f, sessionIds); });
    data.keyFacts = top.records<KeyFact>("keyFacts", [&](Fields &f) { return readKeyFact(f, keyFactIds); });
    data.sources = top.records<Source>("sources", [&](Fields &f) { return readSource(f, sourceIds); });
    data.reportTexts
        = top.records<ReportText>("reportTexts", [&](Fields &f) { return readReportText(f, reportTextRows); });
    data.newsletters = top.records<Newsletter>(
        "newsletters", [&](Fields &f) { return readNewsletter(f, newsletterIds, newsletterNumbers); });
    top.finish();

    if (!m_problems.isEmpty())
        return std::nullopt;
    return data;
}

void Reader::collectIds(const Json &root)
{
    const auto collect = [&root](const char *list, auto &&use) {
        const Json *records = root.member(QLatin1StringView(list));
        if (!records || records->type != Json::Type::Array)
            return;
        for (const Json &record : records->values) {
            const Json *id = record.type == Json::Type::Object ? record.member(QLatin1StringView("id")) : nullptr;
            if (id && id->type == Json::Type::String)
                use(record, id->text);
        }
    };
    const auto into = [](IdSet &set) { return [&set](const Json &, const QString &id) { set.ids.insert(id); }; };
    collect("agencies", into(m_agencies));
    collect("people", into(m_people));
    collect("bodies", into(m_bodies));
    collect("priorities", into(m_priorities));
    collect("meetings", into(m_meetings));
    collect("workplans", into(m_workplans));
    collect("caseReviews", into(m_caseReviews));
    collect("courses", into(m_courses));
    collect("sources", into(m_sources));
    collect("bodies", [this](const Json &body, const QString &id) {
        const Json *parent = body.member(QLatin1StringView("parent"));
        if (parent && parent->type == Json::Type::String && !parent->text.isEmpty())
            m_parents.insert(id, parent->text);
    });
}

// True if following parents from \a body comes back to it.
bool Reader::hasParentCycle(const Id &body) const
{
    Id at = m_parents.value(body);
    for (qsizetype steps = 0; !at.isEmpty() && steps <= m_parents.size(); ++steps) {
        if (at == body)
            return true;
        at = m_parents.value(at);
    }
    return false;
}

Partnership Reader::readPartnership(Fields &f)
{
    Partnership p;
    p.name = f.text("name", Need::Required);
    p.shortName = f.text("shortName");
    p.contactEmail = f.text("contactEmail");
    if (const Json *start = f.string("financialYearStart")) {
        if (const auto parsed = YearStart::parse(start->text))
            p.financialYearStart = *parsed;
        else
            f.problem("financialYearStart",
                      tr("%1 is not a month and day in the form MM-DD, such as 04-01").arg(quoted(start->text)));
    }
    f.object("headings", Need::Optional, [&p](Fields &h) {
        p.headings.did = h.text("did");
        p.headings.difference = h.text("difference");
    });
    if (p.headings.did.isEmpty())
        p.headings.did = Headings::defaultDid();
    if (p.headings.difference.isEmpty())
        p.headings.difference = Headings::defaultDifference();
    return p;
}

Agency Reader::readAgency(Fields &f, FirstSeen &ids)
{
    Agency a;
    a.id = f.id(ids);
    a.name = f.text("name", Need::Required);
    a.shortName = f.text("shortName");
    a.sector = f.choice<Sector>("sector").value_or(Sector::Other);
    return a;
}

Person Reader::readPerson(Fields &f, FirstSeen &ids)
{
    Person p;
    p.id = f.id(ids);
    p.name = f.text("name", Need::Required);
    p.agency = f.reference("agency", m_agencies);
    p.title = f.text("title");
    p.email = f.text("email");
    return p;
}

Body Reader::readBody(Fields &f, FirstSeen &ids)
{
    Body b;
    b.id = f.id(ids);
    b.name = f.text("name", Need::Required);
    b.kind = f.choice<BodyKind>("kind").value_or(BodyKind::Other);
    b.parent = f.reference("parent", m_bodies);
    if (!b.parent.isEmpty() && hasParentCycle(b.id))
        f.problem("parent", tr("a body cannot be its own parent, directly or through other bodies"));
    b.purpose = f.text("purpose");
    b.established = f.date("established");
    b.concluded = f.date("concluded");
    f.forwards("established", b.established, "concluded", b.concluded);
    return b;
}

Membership Reader::readMembership(Fields &f)
{
    Membership m;
    m.body = f.reference("body", m_bodies, Need::Required);
    m.person = f.reference("person", m_people, Need::Required);
    m.role = f.choice<Role>("role").value_or(Role::Member);
    m.from = f.date("from");
    m.to = f.date("to");
    f.forwards("from", m.from, "to", m.to);
    return m;
}

Priority Reader::readPriority(Fields &f, FirstSeen &ids)
{
    Priority p;
    p.id = f.id(ids);
    p.year = f.year("year", Need::Required);
    p.title = f.text("title", Need::Required);
    p.leadAgency = f.reference("leadAgency", m_agencies);
    p.description = f.text("description");
    return p;
}

Meeting Reader::readMeeting(Fields &f, FirstSeen &ids)
{
    Meeting m;
    m.id = f.id(ids);
    m.body = f.reference("body", m_bodies, Need::Required);
    m.date = f.date("date", Need::Required);
    m.time = f.time("time");
    m.location = f.text("location");
    m.status = f.choice<MeetingStatus>("status").value_or(MeetingStatus::Held);
    const auto minutes = f.choice<MinutesStatus>("minutes");
    m.minutes = minutes.value_or(MinutesStatus::Draft);
    m.approvedOn = f.date("approvedOn");
    // Only when `minutes` was readable: a bad key has been reported already.
    if (minutes || !f.present("minutes")) {
        if (m.minutes == MinutesStatus::Approved && !f.present("approvedOn"))
            f.problem("approvedOn", tr("approved minutes need the date they were approved on"));
        else if (m.minutes != MinutesStatus::Approved && f.present("approvedOn"))
            f.problem("approvedOn",
                      tr("only approved minutes have an approvedOn date (minutes is \"%1\")").arg(enumKey(m.minutes)));
    }
    f.forwards("date", m.date, "approvedOn", m.approvedOn);
    m.casesReviewed = f.count("casesReviewed");

    FirstSeen attending;
    m.attendance = f.records<Attendance>("attendance", [&](Fields &a) {
        Attendance row;
        row.person = a.reference("person", m_people, Need::Required);
        const auto status = a.choice<AttendanceStatus>("status", Need::Required);
        row.status = status.value_or(AttendanceStatus::Present);
        row.deputyFor = a.reference("deputyFor", m_people);
        if (!row.deputyFor.isEmpty() && status && *status != AttendanceStatus::Deputy)
            a.problem("deputyFor", tr("only a deputy (status \"deputy\") deputises for someone"));
        else if (!row.deputyFor.isEmpty() && row.deputyFor == row.person)
            a.problem("deputyFor", tr("a person cannot deputise for themselves"));
        if (!row.person.isEmpty()) {
            if (const QString first = attending.add(row.person, a.path()); !first.isEmpty())
                a.problem("person",
                          tr("%1 already has a row at %2: one row per person").arg(quoted(row.person), first));
        }
        return row;
    });
    m.entries = f.records<Entry>("entries", [&](Fields &e) { return readEntry(e, 0, std::nullopt); });
    return m;
}

// \a topKind is the kind of the top-level entry above a child (nothing for a top-level entry,
// or if that entry's kind could not be read).
Entry Reader::readEntry(Fields &f, int level, std::optional<EntryKind> topKind)
{
    Entry e;
    const auto kind = f.choice<EntryKind>("kind", level == 0 ? Need::Required : Need::Optional);
    if (level == 0) {
        e.kind = kind.value_or(EntryKind::Did);
        topKind = kind;
    } else {
        e.kind = topKind.value_or(EntryKind::Did);
        if (kind && topKind && *kind != *topKind)
            f.problem("kind",
                      tr("%1 differs from its top-level entry's kind, \"%2\": children belong to their "
                         "top-level entry's kind")
                          .arg(quoted(enumKey(*kind)), enumKey(*topKind)));
    }
    e.text = f.text("text", Need::Required);
    e.priorities = f.references("priorities", m_priorities);
    if (const Json *children = f.list("children"); level == maxEntryLevel && children && !children->values.empty()) {
        report(children->values.front(), indexPath(f.path("children"), 0),
               tr("an entry can be at most %1 levels below its top-level entry").arg(maxEntryLevel));
    } else {
        e.children
            = f.records<Entry>("children", children, [&](Fields &c) { return readEntry(c, level + 1, topKind); });
    }
    return e;
}

Workplan Reader::readWorkplan(Fields &f, FirstSeen &ids)
{
    Workplan w;
    w.id = f.id(ids);
    w.body = f.reference("body", m_bodies, Need::Required);
    w.title = f.text("title", Need::Required);
    w.year = f.year("year");
    w.status = f.choice<WorkplanStatus>("status").value_or(WorkplanStatus::Open);
    w.closedOn = f.date("closedOn");
    return w;
}

Action Reader::readAction(Fields &f, FirstSeen &ids)
{
    Action a;
    a.id = f.id(ids);
    a.body = f.reference("body", m_bodies, Need::Required);
    a.text = f.text("text", Need::Required);
    a.ref = f.text("ref");
    a.workplan = f.reference("workplan", m_workplans);
    a.caseReview = f.reference("caseReview", m_caseReviews);
    a.raisedAt = f.reference("raisedAt", m_meetings);
    a.owner = f.reference("owner", m_people);
    a.ownerAgency = f.reference("ownerAgency", m_agencies);
    a.due = f.date("due");
    a.priorities = f.references("priorities", m_priorities);
    DateOrder order;
    a.reviews = f.records<ActionReview>("reviews", [&](Fields &r) {
        ActionReview review;
        review.date = r.date("date", Need::Required);
        order.check(r, review.date);
        review.rag = r.choice<Rag>("rag", Need::Required).value_or(Rag::Amber);
        review.note = r.text("note");
        review.meeting = r.reference("meeting", m_meetings);
        return review;
    });
    return a;
}

Risk Reader::readRisk(Fields &f, FirstSeen &ids)
{
    Risk r;
    r.id = f.id(ids);
    r.body = f.reference("body", m_bodies, Need::Required);
    r.title = f.text("title", Need::Required);
    r.description = f.text("description");
    r.owner = f.reference("owner", m_people);
    r.ownerAgency = f.reference("ownerAgency", m_agencies);
    r.opened = f.date("opened", Need::Required);
    r.closed = f.date("closed");
    f.forwards("opened", r.opened, "closed", r.closed);
    DateOrder order;
    r.reviews = f.records<RiskReview>("reviews", [&](Fields &v) {
        RiskReview review;
        review.date = v.date("date", Need::Required);
        order.check(v, review.date);
        review.likelihood = int(v.integer("likelihood", Need::Required, 1, 5).value_or(1));
        review.impact = int(v.integer("impact", Need::Required, 1, 5).value_or(1));
        review.note = v.text("note");
        review.meeting = v.reference("meeting", m_meetings);
        return review;
    });
    return r;
}

Funding Reader::readFunding(Fields &f, FirstSeen &rows)
{
    Funding row;
    row.year = f.year("year", Need::Required);
    row.agency = f.reference("agency", m_agencies, Need::Required);
    row.amountPence = f.pence("amountPence");
    row.note = f.text("note");
    if (row.year.isValid() && !row.agency.isEmpty()) {
        const QString key = row.year.toString() + QLatin1Char(' ') + row.agency;
        if (const QString first = rows.add(key, f.path()); !first.isEmpty())
            f.problem(tr("%1 already has a row for %2 at %3: one row per agency and year")
                          .arg(quoted(row.agency), row.year.toString(), first));
    }
    return row;
}

Spending Reader::readSpending(Fields &f)
{
    Spending row;
    row.year = f.year("year", Need::Required);
    row.category = f.text("category", Need::Required);
    row.amountPence = f.pence("amountPence");
    row.note = f.text("note");
    return row;
}

CaseReview Reader::readCaseReview(Fields &f, FirstSeen &ids)
{
    CaseReview c;
    c.id = f.id(ids);
    c.name = f.text("name", Need::Required);
    c.type = f.choice<CaseReviewType>("type", Need::Required).value_or(CaseReviewType::Scr);
    c.notified = f.date("notified");
    c.status = f.choice<CaseReviewStatus>("status").value_or(CaseReviewStatus::Notified);
    c.signedOff = f.date("signedOff");
    c.published = f.date("published");
    c.url = f.text("url");
    c.note = f.text("note");
    return c;
}

Course Reader::readCourse(Fields &f, FirstSeen &ids)
{
    Course c;
    c.id = f.id(ids);
    c.title = f.text("title", Need::Required);
    c.format = f.choice<CourseFormat>("format", Need::Required).value_or(CourseFormat::FullDay);
    c.description = f.text("description");
    return c;
}

TrainingSession Reader::readTrainingSession(Fields &f, FirstSeen &ids)
{
    TrainingSession s;
    s.id = f.id(ids);
    s.course = f.reference("course", m_courses, Need::Required);
    s.date = f.date("date", Need::Required);
    const auto status = f.choice<SessionStatus>("status");
    s.status = status.value_or(SessionStatus::Held);
    s.attendees = f.count("attendees");
    s.places = f.count("places");
    s.cancelReason = f.choice<CancelReason>("cancelReason");
    s.note = f.text("note");
    if (status || !f.present("status")) {
        if (s.status != SessionStatus::Held && f.present("attendees"))
            f.problem("attendees", tr("only a held session has attendees (this one is \"%1\")").arg(enumKey(s.status)));
        if (s.status != SessionStatus::Cancelled && f.present("cancelReason"))
            f.problem("cancelReason",
                      tr("only a cancelled session has a cancelReason (this one is \"%1\")").arg(enumKey(s.status)));
    }
    return s;
}

KeyFact Reader::readKeyFact(Fields &f, FirstSeen &ids)
{
    KeyFact k;
    k.id = f.id(ids);
    k.year = f.year("year", Need::Required);
    k.label = f.text("label", Need::Required);
    k.value = f.text("value", Need::Required);
    k.comparator = f.text("comparator");
    k.source = f.reference("source", m_sources);
    return k;
}

Source Reader::readSource(Fields &f, FirstSeen &ids)
{
    Source s;
    s.id = f.id(ids);
    s.text = f.text("text", Need::Required);
    s.url = f.text("url");
    return s;
}

ReportText Reader::readReportText(Fields &f, FirstSeen &rows)
{
    static const QLatin1StringView intro("intro:");
    ReportText r;
    r.year = f.year("year", Need::Required);
    r.section = f.text("section", Need::Required);
    if (!r.section.isEmpty() && !ReportText::isValidSection(r.section)) {
        f.problem("section",
                  tr("%1 is not one of foreword, next, training-went-well, training-to-improve or "
                     "intro:<body id>")
                      .arg(quoted(r.section)));
    } else if (r.section.startsWith(intro) && !m_bodies.ids.contains(r.section.sliced(intro.size()))) {
        f.problem("section", tr(m_bodies.missing).arg(quoted(r.section.sliced(intro.size()))));
    }
    r.text = f.text("text", Need::Required);
    if (r.year.isValid() && !r.section.isEmpty()) {
        if (const QString first = rows.add(r.year.toString() + QLatin1Char(' ') + r.section, f.path());
            !first.isEmpty())
            f.problem(tr("%1 already has a %2 text at %3: one per year and section")
                          .arg(r.year.toString(), quoted(r.section), first));
    }
    return r;
}

Newsletter Reader::readNewsletter(Fields &f, FirstSeen &ids, FirstSeen &numbers)
{
    Newsletter n;
    n.id = f.id(ids);
    if (const auto number = f.count("number", Need::Required)) {
        n.number = *number;
        if (const QString first = numbers.add(QString::number(n.number), f.path()); !first.isEmpty())
            f.problem("number",
                      tr("%1 is also the number of %2: newsletter numbers are unique").arg(n.number).arg(first));
    }
    n.date = f.date("date", Need::Required);
    n.title = f.text("title");
    n.items = f.records<NewsletterItem>("items", [](Fields &i) {
        NewsletterItem item;
        item.section = i.text("section", Need::Required);
        item.title = i.text("title", Need::Required);
        item.body = i.text("body");
        item.links = i.records<NewsletterLink>("links", [](Fields &l) {
            NewsletterLink link;
            link.label = l.text("label");
            link.url = l.text("url", Need::Required);
            return link;
        });
        return item;
    });
    return n;
}

// Writing -----------------------------------------------------------------------------

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

Json writePartnership(const Partnership &p)
{
    ObjectWriter headings;
    headings.text("did", p.headings.did).text("difference", p.headings.difference);
    return ObjectWriter()
        .text("name", p.name)
        .optionalText("shortName", p.shortName)
        .optionalText("contactEmail", p.contactEmail)
        .text("financialYearStart", p.financialYearStart.toString())
        .value("headings", headings.json())
        .json();
}

Json writeAgency(const Agency &a)
{
    return ObjectWriter()
        .text("id", a.id)
        .text("name", a.name)
        .optionalText("shortName", a.shortName)
        .choice("sector", a.sector)
        .json();
}

Json writePerson(const Person &p)
{
    return ObjectWriter()
        .text("id", p.id)
        .text("name", p.name)
        .optionalText("agency", p.agency)
        .optionalText("title", p.title)
        .optionalText("email", p.email)
        .json();
}

Json writeBody(const Body &b)
{
    return ObjectWriter()
        .text("id", b.id)
        .text("name", b.name)
        .choice("kind", b.kind)
        .optionalText("parent", b.parent)
        .optionalText("purpose", b.purpose)
        .date("established", b.established)
        .date("concluded", b.concluded)
        .json();
}

Json writeMembership(const Membership &m)
{
    return ObjectWriter()
        .text("body", m.body)
        .text("person", m.person)
        .choice("role", m.role)
        .date("from", m.from)
        .date("to", m.to)
        .json();
}

Json writePriority(const Priority &p)
{
    return ObjectWriter()
        .text("id", p.id)
        .year("year", p.year)
        .text("title", p.title)
        .optionalText("leadAgency", p.leadAgency)
        .optionalText("description", p.description)
        .json();
}

Json writeAttendance(const Attendance &a)
{
    return ObjectWriter()
        .text("person", a.person)
        .choice("status", a.status)
        .optionalText("deputyFor", a.deputyFor)
        .json();
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

// Children leave out `kind`: they take their top-level entry's.
Json writeEntry(const Entry &e, bool topLevel)
{
    ObjectWriter entry;
    if (topLevel)
        entry.choice("kind", e.kind);
    return entry.text("text", e.text)
        .ids("priorities", e.priorities)
        .list("children", withoutBlankEntries(e.children), [](const Entry &child) { return writeEntry(child, false); })
        .json();
}

Json writeMeeting(const Meeting &m)
{
    return ObjectWriter()
        .text("id", m.id)
        .text("body", m.body)
        .date("date", m.date)
        .time("time", m.time)
        .optionalText("location", m.location)
        .choice("status", m.status)
        .choice("minutes", m.minutes)
        .date("approvedOn", m.approvedOn)
        .count("casesReviewed", m.casesReviewed)
        .list("attendance", m.attendance, writeAttendance)
        .list("entries", withoutBlankEntries(m.entries), [](const Entry &e) { return writeEntry(e, true); })
        .json();
}

Json writeWorkplan(const Workplan &w)
{
    return ObjectWriter()
        .text("id", w.id)
        .text("body", w.body)
        .text("title", w.title)
        .year("year", w.year)
        .choice("status", w.status)
        .date("closedOn", w.closedOn)
        .json();
}

Json writeActionReview(const ActionReview &r)
{
    return ObjectWriter()
        .date("date", r.date)
        .choice("rag", r.rag)
        .optionalText("note", r.note)
        .optionalText("meeting", r.meeting)
        .json();
}

Json writeAction(const Action &a)
{
    return ObjectWriter()
        .text("id", a.id)
        .text("body", a.body)
        .text("text", a.text)
        .optionalText("ref", a.ref)
        .optionalText("workplan", a.workplan)
        .optionalText("caseReview", a.caseReview)
        .optionalText("raisedAt", a.raisedAt)
        .optionalText("owner", a.owner)
        .optionalText("ownerAgency", a.ownerAgency)
        .date("due", a.due)
        .ids("priorities", a.priorities)
        .list("reviews", a.reviews, writeActionReview)
        .json();
}

Json writeRiskReview(const RiskReview &r)
{
    return ObjectWriter()
        .date("date", r.date)
        .number("likelihood", r.likelihood)
        .number("impact", r.impact)
        .optionalText("note", r.note)
        .optionalText("meeting", r.meeting)
        .json();
}

Json writeRisk(const Risk &r)
{
    return ObjectWriter()
        .text("id", r.id)
        .text("body", r.body)
        .text("title", r.title)
        .optionalText("description", r.description)
        .optionalText("owner", r.owner)
        .optionalText("ownerAgency", r.ownerAgency)
        .date("opened", r.opened)
        .date("closed", r.closed)
        .list("reviews", r.reviews, writeRiskReview)
        .json();
}

Json writeFunding(const Funding &f)
{
    return ObjectWriter()
        .year("year", f.year)
        .text("agency", f.agency)
        .number("amountPence", f.amountPence)
        .optionalText("note", f.note)
        .json();
}

Json writeSpending(const Spending &s)
{
    return ObjectWriter()
        .year("year", s.year)
        .text("category", s.category)
        .number("amountPence", s.amountPence)
        .optionalText("note", s.note)
        .json();
}

Json writeCaseReview(const CaseReview &c)
{
    return ObjectWriter()
        .text("id", c.id)
        .text("name", c.name)
        .choice("type", c.type)
        .date("notified", c.notified)
        .choice("status", c.status)
        .date("signedOff", c.signedOff)
        .date("published", c.published)
        .optionalText("url", c.url)
        .optionalText("note", c.note)
        .json();
}

Json writeCourse(const Course &c)
{
    return ObjectWriter()
        .text("id", c.id)
        .text("title", c.title)
        .choice("format", c.format)
        .optionalText("description", c.description)
        .json();
}

Json writeTrainingSession(const TrainingSession &s)
{
    ObjectWriter session;
    session.text("id", s.id)
        .text("course", s.course)
        .date("date", s.date)
        .choice("status", s.status)
        .count("attendees", s.attendees)
        .count("places", s.places);
    if (s.cancelReason)
        session.choice("cancelReason", *s.cancelReason);
    return session.optionalText("note", s.note).json();
}

Json writeKeyFact(const KeyFact &k)
{
    return ObjectWriter()
        .text("id", k.id)
        .year("year", k.year)
        .text("label", k.label)
        .text("value", k.value)
        .optionalText("comparator", k.comparator)
        .optionalText("source", k.source)
        .json();
}

Json writeSource(const Source &s)
{
    return ObjectWriter().text("id", s.id).text("text", s.text).optionalText("url", s.url).json();
}

Json writeReportText(const ReportText &r)
{
    return ObjectWriter().year("year", r.year).text("section", r.section).text("text", r.text).json();
}

Json writeNewsletterLink(const NewsletterLink &l)
{
    return ObjectWriter().optionalText("label", l.label).text("url", l.url).json();
}

Json writeNewsletterItem(const NewsletterItem &i)
{
    return ObjectWriter()
        .text("section", i.section)
        .text("title", i.title)
        .optionalText("body", i.body)
        .list("links", i.links, writeNewsletterLink)
        .json();
}

Json writeNewsletter(const Newsletter &n)
{
    return ObjectWriter()
        .text("id", n.id)
        .number("number", n.number)
        .date("date", n.date)
        .optionalText("title", n.title)
        .list("items", n.items, writeNewsletterItem)
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

template<typename T, typename Less> QList<T> sorted(QList<T> records, Less less)
{
    std::stable_sort(records.begin(), records.end(), less);
    return records;
}

} // namespace

Result<PartnershipData> readArchive(const QByteArray &bytes, const QString &fileName)
{
    const auto failure = [&fileName](const QString &where, const QString &message) {
        return Error {where.isEmpty() ? fileName + QStringLiteral(": ") + message
                                      : fileName + QStringLiteral(": ") + where + QStringLiteral(": ") + message};
    };
    const auto lineAndColumn = [](QStringView text, qsizetype offset) {
        const auto [line, column] = lineColumn(text, offset);
        return tr("line %1, column %2").arg(line).arg(column);
    };

    QByteArrayView content(bytes);
    if (content.startsWith("\xef\xbb\xbf"))
        content = content.sliced(3);
    if (const qsizetype bad = firstInvalidUtf8(content); bad >= 0) {
        const QString before = QString::fromUtf8(content.first(bad));
        return failure(lineAndColumn(before, before.size()),
                       tr("the file is not UTF-8 text (byte 0x%1 here is not UTF-8)")
                           .arg(quint8(content[bad]), 2, 16, QLatin1Char('0')));
    }
    const QString text = QString::fromUtf8(content);

    Parser parser(text);
    const std::optional<Json> root = parser.parse();
    if (!root) {
        const Problem &error = parser.syntaxError();
        const QString context = error.path.isEmpty() ? QString() : QStringLiteral(" (in %1)").arg(error.path);
        return failure(lineAndColumn(text, error.offset), error.message + context);
    }

    Reader reader;
    std::optional<PartnershipData> data;
    QList<Problem> problems = parser.duplicateKeys();
    // A document with a duplicate key has no one meaning: its records are not read.
    if (problems.isEmpty()) {
        data = reader.read(*root);
        problems = reader.problems();
    }
    if (problems.isEmpty() && data)
        return std::move(*data);

    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return a.offset < b.offset; });
    const Problem &first = problems.constFirst();
    QString message = failure(first.path, first.message).message;
    if (problems.size() == 2)
        message += QLatin1Char(' ') + tr("(and 1 more problem)");
    else if (problems.size() > 2)
        message += QLatin1Char(' ') + tr("(and %1 more problems)").arg(problems.size() - 1);
    return Error {message};
}

QByteArray writeArchive(const PartnershipData &data, const QDateTime &exported)
{
    // The orders Store::list() gives (see the header); std::stable_sort keeps ties as given.
    const auto byYear = [](const auto &a, const auto &b) { return a.year < b.year; };
    const auto meetings = sorted(data.meetings, [](const Meeting &a, const Meeting &b) {
        return std::tie(a.date, a.time, a.id) < std::tie(b.date, b.time, b.id);
    });
    const auto risks = sorted(data.risks, [](const Risk &a, const Risk &b) { return a.opened < b.opened; });
    const auto caseReviews
        = sorted(data.caseReviews, [](const CaseReview &a, const CaseReview &b) { return a.notified < b.notified; });
    const auto sessions = sorted(data.trainingSessions, [](const TrainingSession &a, const TrainingSession &b) {
        return std::tie(a.date, a.id) < std::tie(b.date, b.id);
    });
    const auto newsletters
        = sorted(data.newsletters, [](const Newsletter &a, const Newsletter &b) { return a.number < b.number; });

    ObjectWriter archive;
    archive.text("format", QLatin1StringView(archiveFormatName)).number("version", archiveFormatVersion);
    if (exported.isValid()) // with its offset from UTC, e.g. 2024-05-01T10:00:00+01:00
        archive.text("exported", exported.toOffsetFromUtc(exported.offsetFromUtc()).toString(Qt::ISODate));
    archive.value("partnership", writePartnership(data.partnership))
        .list("agencies", data.agencies, writeAgency, true)
        .list("people", data.people, writePerson, true)
        .list("bodies", data.bodies, writeBody, true)
        .list("memberships", data.memberships, writeMembership, true)
        .list("priorities", sorted(data.priorities, byYear), writePriority, true)
        .list("meetings", meetings, writeMeeting, true)
        .list("workplans", sorted(data.workplans, byYear), writeWorkplan, true)
        .list("actions", data.actions, writeAction, true)
        .list("risks", risks, writeRisk, true)
        .list("funding", sorted(data.funding, byYear), writeFunding, true)
        .list("spending", sorted(data.spending, byYear), writeSpending, true)
        .list("caseReviews", caseReviews, writeCaseReview, true)
        .list("courses", data.courses, writeCourse, true)
        .list("trainingSessions", sessions, writeTrainingSession, true)
        .list("keyFacts", sorted(data.keyFacts, byYear), writeKeyFact, true)
        .list("sources", data.sources, writeSource, true)
        .list("reportTexts", sorted(data.reportTexts, byYear), writeReportText, true)
        .list("newsletters", newsletters, writeNewsletter, true);

    QString out;
    writeJson(out, archive.json(), 0);
    out += QLatin1Char('\n');
    return out.toUtf8();
}

// One record as JSON (recordJson) ---------------------------------------------------------

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

QJsonObject recordJson(const Partnership &record)
{
    return toQJson(writePartnership(record)).toObject();
}
QJsonObject recordJson(const Agency &record)
{
    return toQJson(writeAgency(record)).toObject();
}
QJsonObject recordJson(const Person &record)
{
    return toQJson(writePerson(record)).toObject();
}
QJsonObject recordJson(const Body &record)
{
    return toQJson(writeBody(record)).toObject();
}
QJsonObject recordJson(const Membership &record)
{
    return toQJson(writeMembership(record)).toObject();
}
QJsonObject recordJson(const Priority &record)
{
    return toQJson(writePriority(record)).toObject();
}
QJsonObject recordJson(const Meeting &record)
{
    return toQJson(writeMeeting(record)).toObject();
}
QJsonObject recordJson(const Entry &record)
{
    return toQJson(writeEntry(record, true)).toObject();
}
QJsonObject recordJson(const Workplan &record)
{
    return toQJson(writeWorkplan(record)).toObject();
}
QJsonObject recordJson(const Action &record)
{
    return toQJson(writeAction(record)).toObject();
}
QJsonObject recordJson(const Risk &record)
{
    return toQJson(writeRisk(record)).toObject();
}
QJsonObject recordJson(const Funding &record)
{
    return toQJson(writeFunding(record)).toObject();
}
QJsonObject recordJson(const Spending &record)
{
    return toQJson(writeSpending(record)).toObject();
}
QJsonObject recordJson(const CaseReview &record)
{
    return toQJson(writeCaseReview(record)).toObject();
}
QJsonObject recordJson(const Course &record)
{
    return toQJson(writeCourse(record)).toObject();
}
QJsonObject recordJson(const TrainingSession &record)
{
    return toQJson(writeTrainingSession(record)).toObject();
}
QJsonObject recordJson(const KeyFact &record)
{
    return toQJson(writeKeyFact(record)).toObject();
}
QJsonObject recordJson(const Source &record)
{
    return toQJson(writeSource(record)).toObject();
}
QJsonObject recordJson(const ReportText &record)
{
    return toQJson(writeReportText(record)).toObject();
}
QJsonObject recordJson(const Newsletter &record)
{
    return toQJson(writeNewsletter(record)).toObject();
}

} // namespace bd
