#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace bd {

// How much one record may hold. No real minute comes near these; they are here so that a
// pasted file or a hostile archive is refused with a message naming the record, rather than
// stored and then turned into hundreds of blank pages or a writer that runs for minutes. The
// store (Store::insert, update, insertEntry, updateEntry, replaceAll) and the archive reader
// both hold records to them; docs/cli.md and archive notes state them.
namespace limits {
constexpr qsizetype textChars = 100'000; // any one text field
constexpr qsizetype bulletChars = 20'000; // one bullet of the minutes
constexpr qsizetype meetingBullets = 5'000; // the bullets of one meeting, at every level
constexpr qsizetype meetingChars = 1'000'000; // the text of all of one meeting's bullets
} // namespace limits

class Limits {
    Q_DECLARE_TR_FUNCTIONS(bd::Limits)

public:
    // "is 120,000 characters long; a field holds at most 100,000" and the like.
    static QString tooLong(qsizetype length, qsizetype most, bool bullet)
    {
        return bullet ? tr("is %1 characters long; a bullet holds at most %2").arg(number(length), number(most))
                      : tr("is %1 characters long; a field holds at most %2").arg(number(length), number(most));
    }
    static QString tooManyBullets(qsizetype count)
    {
        return tr("it has %1 bullets; a meeting holds at most %2").arg(number(count), number(limits::meetingBullets));
    }
    static QString tooMuchText(qsizetype chars)
    {
        return tr("its bullets hold %1 characters; a meeting holds at most %2")
            .arg(number(chars), number(limits::meetingChars));
    }

    // The bullet's own text, then the meeting's totals once it holds \a bullets bullets of
    // \a chars characters in all: what is wrong, or nothing.
    static std::optional<QString> bullet(const QString &text, qsizetype bullets, qsizetype chars)
    {
        if (text.size() > limits::bulletChars)
            return tr("The bullet was not saved: it %1.").arg(tooLong(text.size(), limits::bulletChars, true));
        if (bullets > limits::meetingBullets)
            return tr("The bullet was not saved: with it the meeting would have %1 bullets, and a meeting "
                      "holds at most %2.")
                .arg(number(bullets), number(limits::meetingBullets));
        if (chars > limits::meetingChars)
            return tr("The bullet was not saved: with it the meeting's bullets would hold %1 characters, and a "
                      "meeting holds at most %2.")
                .arg(number(chars), number(limits::meetingChars));
        return std::nullopt;
    }

    // A meeting's bullets, all levels together, beyond the meeting's limits: what is wrong, or
    // nothing. (Each bullet's own length is checked as a field.)
    static std::optional<QString> meeting(const QList<Entry> &entries)
    {
        qsizetype bullets = 0;
        qsizetype chars = 0;
        forEachEntry(entries, [&](const Entry &entry) {
            ++bullets;
            chars += entry.text.size();
        });
        if (bullets > limits::meetingBullets)
            return tooManyBullets(bullets);
        if (chars > limits::meetingChars)
            return tooMuchText(chars);
        return std::nullopt;
    }

    // The first field of \a record (parts included) beyond the limits: "its location is
    // 120,000 characters long; ...", or nothing.
    template<typename T> static std::optional<QString> beyond(const T &record)
    {
        std::optional<QString> found;
        forEachField<T>([&](const auto &field) {
            if (!found)
                found = check(record, field);
        });
        return found;
    }

private:
    // 120,000: counts as the British write them, whatever the machine's locale.
    static QString number(qsizetype n) { return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n); }

    template<typename T, typename F> static std::optional<QString> check(const T &, const F &) { return std::nullopt; }

    template<typename T> static std::optional<QString> check(const T &record, const field::Text<T> &f)
    {
        const qsizetype most = std::is_same_v<T, Entry> ? limits::bulletChars : limits::textChars;
        if ((record.*f.member).size() > most)
            return tr("its %1 %2")
                .arg(QLatin1String(f.key), tooLong((record.*f.member).size(), most, std::is_same_v<T, Entry>));
        return std::nullopt;
    }
    template<typename T, typename P> static std::optional<QString> check(const T &record, const field::Object<T, P> &f)
    {
        return beyond(record.*f.member);
    }
    template<typename T, typename C>
    static std::optional<QString> check(const T &record, const field::Children<T, C> &f)
    {
        for (const C &child : record.*f.member) {
            if (auto found = beyond(child))
                return found;
        }
        return std::nullopt;
    }
    template<typename T> static std::optional<QString> check(const T &record, const field::EntryTree<T> &f)
    {
        std::optional<QString> found;
        forEachEntry(record.*f.member, [&](const Entry &entry) {
            if (!found && entry.text.size() > limits::bulletChars)
                found = tr("a bullet %1").arg(tooLong(entry.text.size(), limits::bulletChars, true));
        });
        return found ? found : meeting(record.*f.member);
    }
    static void forEachEntry(const QList<Entry> &entries, const auto &visit)
    {
        for (const Entry &entry : entries) {
            visit(entry);
            forEachEntry(entry.children, visit);
        }
    }
};

} // namespace bd
