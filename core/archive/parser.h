#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <QByteArrayView>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

// The archive's JSON: a strict parser that keeps what QJsonDocument loses (see Json), and the
// helpers its messages share. Internal to core/archive.
namespace bd::archive {

inline QString tr(const char *text)
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

QString typeName(Json::Type type);

// Paths as the messages show them: meetings[3].entries[0].kind.
QString childPath(const QString &path, const QString &key);
QString indexPath(const QString &path, std::size_t index);

// A value as a message quotes it: strings in double quotes, long ones cut short.
QString quoted(const QString &text);

// Line and column (both from 1, columns in characters) of \a offset in \a text.
std::pair<qsizetype, qsizetype> lineColumn(QStringView text, qsizetype offset);

// The offset of the first byte that is not well-formed UTF-8, or -1 if there is none.
// (Qt's decoders replace bad bytes silently; an archive with them is refused instead.)
qsizetype firstInvalidUtf8(QByteArrayView bytes);

// Something wrong with the archive, where it is.
struct Problem {
    qsizetype offset = 0; // in the document, to report problems in document order
    QString path;
    QString message;
};

// A whole document parsed: its root, or its syntax error; and any duplicate keys (the
// document parses, but must be refused).
struct Parsed {
    std::optional<Json> root;
    std::optional<Problem> syntaxError;
    QList<Problem> duplicateKeys;
};
// \a base is added to every offset: where \a text starts in a larger document.
Parsed parseJson(QStringView text, qsizetype base = 0);

// The top level of an archive, found in its UTF-8 bytes without building it: each member's
// key, where its value lies, and for a list where each item lies, so that the records can be
// parsed one at a time. `clean` only for what parseJson() surely reads the same way: a syntax
// error, nesting deeper than maxJsonDepth, or a top-level key that repeats or holds an escape
// leave it false, and the whole document is then parsed as one, for the message.
struct Outline {
    struct Span {
        qsizetype start = 0;
        qsizetype end = 0;
    };
    struct Member {
        QString key;
        Json::Type type = Json::Type::Null;
        Span value;
        std::vector<Span> items; // a list's items
    };
    bool clean = false;
    std::vector<Member> members;
    qsizetype itemCount = 0; // in all lists
};
// \a passed hears, now and then, how far the scan has got (to let go of what lies behind).
Outline outlineJson(QByteArrayView utf8, const std::function<void(qsizetype)> &passed = {});

} // namespace bd::archive
