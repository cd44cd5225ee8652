#include "parser.h"

#include <QSet>

#include <cctype>
#include <cstring>

namespace bd::archive {

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

namespace {

// A strict JSON parser (RFC 8259). QJsonDocument is not used for reading: it keeps one of two
// duplicate keys without a word and does not say how a number was written. This one reports
// duplicate keys by path, and refuses nesting deeper than maxJsonDepth before it recurses.
class Parser {
public:
    Parser(QStringView text, qsizetype base)
        : m_text(text)
        , m_base(base)
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
        out.offset = m_base + m_pos;
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
            const bool duplicate
                = seen ? seen->contains(key) : std::find(out.keys.cbegin(), out.keys.cend(), key) != out.keys.cend();
            if (duplicate) {
                m_duplicates << Problem {m_base + keyOffset, path(),
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
        m_error = Problem {m_base + (at < 0 ? m_pos : at), path(), message};
        return false;
    }

    QStringView m_text;
    qsizetype m_base = 0;
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

} // namespace

Parsed parseJson(QStringView text, qsizetype base)
{
    Parser parser(text, base);
    Parsed parsed;
    parsed.root = parser.parse();
    if (!parsed.root)
        parsed.syntaxError = parser.syntaxError();
    parsed.duplicateKeys = parser.duplicateKeys();
    return parsed;
}

} // namespace bd::archive

namespace bd::archive {

namespace {

// Walks JSON in UTF-8 without keeping anything, as strictly as Parser; it says only whether
// the text is well-formed and where the top level's values and list items lie.
class Skimmer {
public:
    Skimmer(QByteArrayView bytes, const std::function<void(qsizetype)> &passed)
        : m_bytes(bytes)
        , m_passed(passed)
    {
    }

    Outline outline()
    {
        Outline out;
        skipSpace();
        if (!next('{'))
            return out;
        skipSpace();
        if (!next('}')) {
            for (;;) {
                skipSpace();
                const qsizetype keyStart = m_pos;
                if (!string())
                    return out;
                const QByteArrayView raw = m_bytes.sliced(keyStart + 1, m_pos - keyStart - 2);
                if (raw.contains('\\'))
                    return out;
                Outline::Member member;
                member.key = QString::fromUtf8(raw);
                for (const Outline::Member &seen : out.members) {
                    if (seen.key == member.key)
                        return out;
                }
                skipSpace();
                if (!next(':'))
                    return out;
                skipSpace();
                member.value.start = m_pos;
                if (peek() == '[') {
                    member.type = Json::Type::Array;
                    if (!items(member.items))
                        return out;
                    out.itemCount += qsizetype(member.items.size());
                } else {
                    member.type = typeAt();
                    if (!value(1))
                        return out;
                }
                member.value.end = m_pos;
                out.members.push_back(std::move(member));
                skipSpace();
                if (next(','))
                    continue;
                if (next('}'))
                    break;
                return out;
            }
        }
        skipSpace();
        out.clean = m_pos == m_bytes.size();
        return out;
    }

private:
    // A top-level list: its items' places (the root is level 1, the list 2).
    bool items(std::vector<Outline::Span> &spans)
    {
        ++m_pos; // [
        skipSpace();
        if (next(']'))
            return true;
        for (;;) {
            skipSpace();
            const qsizetype start = m_pos;
            if (!value(2))
                return false;
            spans.push_back({start, m_pos});
            if (m_pos - m_reported >= reportEvery && m_passed) {
                m_reported = m_pos;
                m_passed(m_pos);
            }
            skipSpace();
            if (next(','))
                continue;
            return next(']');
        }
    }

    Json::Type typeAt() const
    {
        switch (peek()) {
        case '{':
            return Json::Type::Object;
        case '[':
            return Json::Type::Array;
        case '"':
            return Json::Type::String;
        case 't':
        case 'f':
            return Json::Type::Bool;
        case 'n':
            return Json::Type::Null;
        default:
            return Json::Type::Number;
        }
    }

    // A value inside \a depth containers.
    bool value(int depth)
    {
        skipSpace();
        switch (peek()) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool object(int depth)
    {
        if (depth > maxJsonDepth)
            return false;
        ++m_pos; // {
        skipSpace();
        if (next('}'))
            return true;
        for (;;) {
            skipSpace();
            if (!string())
                return false;
            skipSpace();
            if (!next(':') || !value(depth))
                return false;
            skipSpace();
            if (next(','))
                continue;
            return next('}');
        }
    }

    bool array(int depth)
    {
        if (depth > maxJsonDepth)
            return false;
        ++m_pos; // [
        skipSpace();
        if (next(']'))
            return true;
        for (;;) {
            if (!value(depth))
                return false;
            skipSpace();
            if (next(','))
                continue;
            return next(']');
        }
    }

    bool string()
    {
        if (!next('"'))
            return false;
        for (;;) {
            if (m_pos >= m_bytes.size())
                return false;
            const uchar c = uchar(m_bytes[m_pos++]);
            if (c == '"')
                return true;
            if (c < 0x20)
                return false;
            if (c != '\\')
                continue;
            if (m_pos >= m_bytes.size())
                return false;
            const char kind = m_bytes[m_pos++];
            if (kind == 'u') {
                for (int i = 0; i < 4; ++i) {
                    if (m_pos >= m_bytes.size() || !std::isxdigit(uchar(m_bytes[m_pos++])))
                        return false;
                }
            } else if (!std::strchr("\"\\/bfnrt", kind) || kind == '\0') {
                return false;
            }
        }
    }

    bool number()
    {
        next('-');
        if (next('0')) {
        } else if (!digits()) {
            return false;
        }
        if (next('.') && !digits())
            return false;
        if (next('e') || next('E')) {
            if (!next('+'))
                next('-');
            if (!digits())
                return false;
        }
        return true;
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_bytes.size() && m_bytes[m_pos] >= '0' && m_bytes[m_pos] <= '9')
            ++m_pos;
        return m_pos > start;
    }

    bool literal(const char *word)
    {
        const qsizetype length = qsizetype(std::strlen(word));
        if (m_bytes.sliced(m_pos).first(std::min(length, m_bytes.size() - m_pos)) != QByteArrayView(word))
            return false;
        m_pos += length;
        return true;
    }

    void skipSpace()
    {
        while (m_pos < m_bytes.size()) {
            const char c = m_bytes[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }
    char peek() const { return m_pos < m_bytes.size() ? m_bytes[m_pos] : '\0'; }
    bool next(char c)
    {
        if (peek() != c || m_pos >= m_bytes.size())
            return false;
        ++m_pos;
        return true;
    }

    static constexpr qsizetype reportEvery = 8 << 20;
    QByteArrayView m_bytes;
    const std::function<void(qsizetype)> &m_passed;
    qsizetype m_pos = 0;
    qsizetype m_reported = 0;
};

} // namespace

Outline outlineJson(QByteArrayView utf8, const std::function<void(qsizetype)> &passed)
{
    return Skimmer(utf8, passed).outline();
}

} // namespace bd::archive
