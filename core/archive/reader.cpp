#include "archive.h"

#include "domain/ids.h"
#include "domain/limits.h"
#include "domain/records.h"
#include "parser.h"
#include "reading.h"
#include "util/progress.h"

namespace bd::archive {

namespace {

// How each kind of field (domain/fields.h) is read and checked -----------------------------

template<typename T> void readField(Reader &, Fields &, T &, ListState &, const field::RowId<T> &) { }
template<typename T> void readField(Reader &reader, Fields &f, T &r, ListState &state, const field::Id<T> &d)
{
    r.*d.member = f.id(state.ids);
    reader.addId(Record<T>::kind, r.*d.member);
}
template<typename T> void readField(Reader &, Fields &f, T &r, ListState &, const field::Text<T> &d)
{
    r.*d.member = f.text(d.key, d.need);
    constexpr bool bullet = std::is_same_v<T, Entry>;
    const qsizetype most = bullet ? limits::bulletChars : limits::textChars;
    if ((r.*d.member).size() > most)
        f.problem(d.key, tr("this text %1").arg(Limits::tooLong((r.*d.member).size(), most, bullet)));
    if (d.fallback && (r.*d.member).isEmpty())
        r.*d.member = d.fallback();
}
template<typename T> void readField(Reader &, Fields &f, T &r, ListState &, const field::Ref<T> &d)
{
    r.*d.member = f.reference(d.key, d.target, d.need);
}
template<typename T> void readField(Reader &, Fields &f, T &r, ListState &, const field::Refs<T> &d)
{
    r.*d.member = f.references(d.key, d.target);
}
template<typename T, typename E> void readField(Reader &, Fields &f, T &r, ListState &, const field::Choice<T, E> &d)
{
    r.*d.member = f.choice<E>(d.key, d.need).value_or(d.fallback);
}
template<typename T, typename E>
void readField(Reader &, Fields &f, T &r, ListState &, const field::MaybeChoice<T, E> &d)
{
    r.*d.member = f.choice<E>(d.key);
}
template<typename T> void readField(Reader &, Fields &f, T &r, ListState &, const field::Date<T> &d)
{
    r.*d.member = f.date(d.key, d.need);
}
template<typename T> void readField(Reader &, Fields &f, T &r, ListState &, const field::Time<T> &d)
{
    r.*d.member = f.time(d.key);
}
template<typename T> void readField(Reader &, Fields &f, T &r, ListState &, const field::Year<T> &d)
{
    r.*d.member = f.year(d.key, d.need);
}
template<typename T> void readField(Reader &, Fields &f, T &r, ListState &, const field::Count<T> &d)
{
    r.*d.member = f.count(d.key);
}
template<typename T> void readField(Reader &, Fields &f, T &r, ListState &, const field::Number<T> &d)
{
    r.*d.member = int(f.integer(d.key, d.need, d.least, d.most).value_or(d.least));
}
template<typename T> void readField(Reader &, Fields &f, T &r, ListState &, const field::Pence<T> &d)
{
    r.*d.member = f.pence(d.key);
}
template<typename T> void readField(Reader &, Fields &f, T &r, ListState &, const field::MonthDay<T> &d)
{
    if (const Json *start = f.string(d.key)) {
        if (const auto parsed = YearStart::parse(start->text))
            r.*d.member = *parsed;
        else
            f.problem(d.key, tr("%1 is not a month and day in the form MM-DD, such as 04-01").arg(quoted(start->text)));
    }
}
template<typename T, typename P>
void readField(Reader &reader, Fields &f, T &r, ListState &, const field::Object<T, P> &d)
{
    f.object(d.key, field::Optional, [&](Fields &inner) {
        ListState state;
        r.*d.member = reader.readRecord<P>(inner, state);
    });
}
template<typename T, typename C>
void readField(Reader &reader, Fields &f, T &r, ListState &, const field::Children<T, C> &d)
{
    ListState state;
    r.*d.member = f.records<C>(d.key, [&](Fields &child) { return reader.readRecord<C>(child, state); });
}

// \a topKind is the kind of the top-level entry above a child (nothing for a top-level entry,
// or if that entry's kind could not be read).
Entry readEntry(Reader &reader, Fields &f, int level, std::optional<EntryKind> topKind)
{
    Entry e;
    const auto kind = f.choice<EntryKind>("kind", level == 0 ? field::Required : field::Optional);
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
    ListState state;
    forEachField<Entry>([&]<typename F>(const F &d) {
        if constexpr (!std::is_same_v<F, field::Choice<Entry, EntryKind>>)
            readField(reader, f, e, state, d);
    });
    if (const Json *children = f.list("children"); level == maxEntryLevel && children && !children->values.empty()) {
        reader.report(children->values.front(), indexPath(f.path("children"), 0),
                      tr("an entry can be at most %1 levels below its top-level entry").arg(maxEntryLevel));
    } else {
        e.children = f.records<Entry>("children", children,
                                      [&](Fields &c) { return readEntry(reader, c, level + 1, topKind); });
    }
    return e;
}

template<typename T> void readField(Reader &reader, Fields &f, T &r, ListState &, const field::EntryTree<T> &d)
{
    r.*d.member = f.records<Entry>(d.key, [&](Fields &e) { return readEntry(reader, e, 0, std::nullopt); });
    if (auto beyond = Limits::meeting(r.*d.member))
        f.problem(d.key, *beyond);
}

// The rules of archive-v1.md that join fields of one record ----------------------------

// Ranges go forwards: \a fromKey's date is not after \a toKey's.
void forwards(Fields &f, const char *fromKey, const QDate &from, const char *toKey, const QDate &to)
{
    if (from.isValid() && to.isValid() && to < from)
        f.problem(toKey,
                  tr("%1 is before %2 (%3)")
                      .arg(to.toString(Qt::ISODate), QLatin1StringView(fromKey), from.toString(Qt::ISODate)));
}

// Reviews go in date order; each review is checked against the one before.
void inDateOrder(Fields &review, ListState &state, const QDate &date)
{
    if (!date.isValid())
        return;
    if (state.previousDate.isValid() && date < state.previousDate)
        review.problem("date",
                       tr("%1 is before the previous review's date, %2: reviews go in date order")
                           .arg(date.toString(Qt::ISODate), state.previousDate.toString(Qt::ISODate)));
    state.previousDate = date;
}

void checkRecord(Reader &, Fields &, const auto &, ListState &) { }

void checkRecord(Reader &reader, Fields &f, const Body &b, ListState &)
{
    if (!b.parent.isEmpty() && !b.id.isEmpty()) {
        if (const Json *parent = f.raw("parent"))
            reader.addParent(b.id, b.parent, parent->offset, f.path("parent"));
    }
    forwards(f, "established", b.established, "concluded", b.concluded);
}

void checkRecord(Reader &, Fields &f, const Membership &m, ListState &)
{
    forwards(f, "from", m.from, "to", m.to);
}

void checkRecord(Reader &, Fields &f, const Meeting &m, ListState &)
{
    // Only when `minutes` was readable: a bad key has been reported already.
    if (f.readable<MinutesStatus>("minutes")) {
        if (m.minutes == MinutesStatus::Approved && !f.present("approvedOn"))
            f.problem("approvedOn", tr("approved minutes need the date they were approved on"));
        else if (m.minutes != MinutesStatus::Approved && f.present("approvedOn"))
            f.problem("approvedOn",
                      tr("only approved minutes have an approvedOn date (minutes is \"%1\")").arg(enumKey(m.minutes)));
    }
    forwards(f, "date", m.date, "approvedOn", m.approvedOn);
}

void checkRecord(Reader &, Fields &a, const Attendance &row, ListState &state)
{
    if (!row.deputyFor.isEmpty() && a.readable<AttendanceStatus>("status") && a.present("status")
        && row.status != AttendanceStatus::Deputy)
        a.problem("deputyFor", tr("only a deputy (status \"deputy\") deputises for someone"));
    else if (!row.deputyFor.isEmpty() && row.deputyFor == row.person)
        a.problem("deputyFor", tr("a person cannot deputise for themselves"));
    if (!row.person.isEmpty()) {
        if (const QString first = state.rows.add(row.person, a.path()); !first.isEmpty())
            a.problem("person", tr("%1 already has a row at %2: one row per person").arg(quoted(row.person), first));
    }
}

void checkRecord(Reader &, Fields &f, const ActionReview &review, ListState &state)
{
    inDateOrder(f, state, review.date);
}

void checkRecord(Reader &, Fields &f, const RiskReview &review, ListState &state)
{
    inDateOrder(f, state, review.date);
}

void checkRecord(Reader &, Fields &f, const Risk &r, ListState &)
{
    forwards(f, "opened", r.opened, "closed", r.closed);
}

void checkRecord(Reader &, Fields &f, const Funding &row, ListState &state)
{
    if (row.year.isValid() && !row.agency.isEmpty()) {
        const QString key = row.year.toString() + QLatin1Char(' ') + row.agency;
        if (const QString first = state.rows.add(key, f.path()); !first.isEmpty())
            f.problem(tr("%1 already has a row for %2 at %3: one row per agency and year")
                          .arg(quoted(row.agency), row.year.toString(), first));
    }
}

void checkRecord(Reader &, Fields &f, const TrainingSession &s, ListState &)
{
    if (f.readable<SessionStatus>("status")) {
        if (s.status != SessionStatus::Held && f.present("attendees"))
            f.problem("attendees", tr("only a held session has attendees (this one is \"%1\")").arg(enumKey(s.status)));
        if (s.status != SessionStatus::Cancelled && f.present("cancelReason"))
            f.problem("cancelReason",
                      tr("only a cancelled session has a cancelReason (this one is \"%1\")").arg(enumKey(s.status)));
    }
}

void checkRecord(Reader &reader, Fields &f, const ReportText &r, ListState &state)
{
    static const QLatin1StringView intro("intro:");
    if (!r.section.isEmpty() && !ReportText::isValidSection(r.section)) {
        f.problem("section",
                  tr("%1 is not one of foreword, next, training-went-well, training-to-improve or "
                     "intro:<body id>")
                      .arg(quoted(r.section)));
    } else if (r.section.startsWith(intro)) {
        if (const Json *section = f.raw("section"))
            reader.checkReference(section->offset, f.path("section"), r.section.sliced(intro.size()), RecordKind::Body);
    }
    if (r.year.isValid() && !r.section.isEmpty()) {
        if (const QString first = state.rows.add(r.year.toString() + QLatin1Char(' ') + r.section, f.path());
            !first.isEmpty())
            f.problem(tr("%1 already has a %2 text at %3: one per year and section")
                          .arg(r.year.toString(), quoted(r.section), first));
    }
}

void checkRecord(Reader &, Fields &f, const Newsletter &n, ListState &state)
{
    if (!f.wholeNumber("number"))
        return; // reported already
    if (const QString first = state.numbers.add(QString::number(n.number), f.path()); !first.isEmpty())
        f.problem("number", tr("%1 is also the number of %2: newsletter numbers are unique").arg(n.number).arg(first));
}

} // namespace

template<typename T> T Reader::readRecord(Fields &f, ListState &state)
{
    T record;
    forEachField<T>([&](const auto &d) { readField(*this, f, record, state, d); });
    checkRecord(*this, f, record, state);
    return record;
}

template<typename T> void Reader::handOn(const ArchiveSink &sink, const T &record)
{
    if (!m_problems.isEmpty() || stopped())
        return;
    Result<void> taken;
    if constexpr (std::is_same_v<T, Partnership>)
        taken = sink.partnership ? sink.partnership(record) : Result<void>();
    else
        taken = sink.record ? sink.record(&record) : Result<void>();
    if (!taken)
        m_stop = taken.error();
}

bool Reader::read(const Json &root, const ArchiveSink &sink)
{
    if (!expect(root, Json::Type::Object, QString()))
        return false;
    Fields top(*this, root, QString());

    // Format and version first: a newer archive may have fields this program does not know.
    const QString format = top.text("format", field::Required);
    if (!format.isEmpty() && format != QLatin1StringView(archiveFormatName))
        top.problem("format",
                    tr("%1 is not \"%2\": this is not a BoardDesk archive")
                        .arg(quoted(format), QLatin1StringView(archiveFormatName)));
    if (!m_problems.isEmpty())
        return false;
    const auto version = top.integer("version", field::Required, -maxSafeInteger, maxSafeInteger);
    if (version && *version > archiveFormatVersion)
        top.problem(tr("version %1 is newer than this program reads (%2): open it with a newer BoardDesk")
                        .arg(*version)
                        .arg(archiveFormatVersion));
    else if (version && *version < archiveFormatVersion)
        top.problem(tr("version %1 is not a version of the archive (this program reads %2)")
                        .arg(*version)
                        .arg(archiveFormatVersion));
    if (!m_problems.isEmpty())
        return false;
    top.string("exported"); // ignored on import, but if present it must be a string

    Partnership partnership;
    top.object("partnership", field::Required, [&](Fields &f) {
        ListState state;
        partnership = readRecord<Partnership>(f, state);
    });
    handOn(sink, partnership);
    // In InsertOrder, so that whatever takes the records meets each one after those it
    // refers to (references are checked at the end, so their order does not matter here).
    InsertOrder::forEach([&]<typename T>(std::type_identity<T>) {
        ListState state;
        top.eachRecord(Record<T>::listKey, top.list(Record<T>::listKey), [&](Fields &f) {
            const T record = readRecord<T>(f, state);
            handOn(sink, record);
        });
    });
    top.finish();
    if (stopped())
        return false;
    checkPending();
    return m_problems.isEmpty();
}

namespace {

// The message for a reference that finds no record of \a target.
QString missing(RecordKind target, const QString &id)
{
    switch (target) {
    case RecordKind::Agency:
        return tr("there is no agency with the id %1").arg(quoted(id));
    case RecordKind::Person:
        return tr("there is no person with the id %1").arg(quoted(id));
    case RecordKind::Body:
        return tr("there is no body with the id %1").arg(quoted(id));
    case RecordKind::Priority:
        return tr("there is no priority with the id %1").arg(quoted(id));
    case RecordKind::Meeting:
        return tr("there is no meeting with the id %1").arg(quoted(id));
    case RecordKind::Workplan:
        return tr("there is no workplan with the id %1").arg(quoted(id));
    case RecordKind::CaseReview:
        return tr("there is no case review with the id %1").arg(quoted(id));
    case RecordKind::Course:
        return tr("there is no course with the id %1").arg(quoted(id));
    case RecordKind::Source:
        return tr("there is no source with the id %1").arg(quoted(id));
    default:
        return tr("there is no record with the id %1").arg(quoted(id));
    }
}

} // namespace

void Reader::checkPending()
{
    for (const Pending &ref : std::as_const(m_pending)) {
        if (!m_ids[ref.target].contains(ref.id))
            m_problems << Problem {ref.offset, ref.path, missing(ref.target, ref.id)};
    }
    for (const Pending &body : std::as_const(m_parentFields)) {
        if (hasParentCycle(body.id))
            m_problems << Problem {body.offset, body.path,
                                   tr("a body cannot be its own parent, directly or through other bodies")};
    }
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

namespace {

Error failure(const QString &fileName, const QString &where, const QString &message)
{
    return Error {where.isEmpty() ? fileName + QStringLiteral(": ") + message
                                  : fileName + QStringLiteral(": ") + where + QStringLiteral(": ") + message};
}

QString lineAndColumn(QStringView text, qsizetype offset)
{
    const auto [line, column] = lineColumn(text, offset);
    return tr("line %1, column %2").arg(line).arg(column);
}

// The first problem in document order, and how many more there are.
Error firstProblem(QList<Problem> problems, const QString &fileName)
{
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return a.offset < b.offset; });
    const Problem &first = problems.constFirst();
    QString message = failure(fileName, first.path, first.message).message;
    if (problems.size() == 2)
        message += QLatin1Char(' ') + tr("(and 1 more problem)");
    else if (problems.size() > 2)
        message += QLatin1Char(' ') + tr("(and %1 more problems)").arg(problems.size() - 1);
    return Error {message};
}

// The document parsed whole, as one tree: for a document the outline does not read (a syntax
// error, a repeated key), which is how its message is found.
Result<void> readWhole(QByteArrayView content, const QString &fileName, const ArchiveSink &sink)
{
    const QString text = QString::fromUtf8(content);
    Parsed parsed = parseJson(text);
    if (!parsed.root) {
        const Problem &error = *parsed.syntaxError;
        const QString context = error.path.isEmpty() ? QString() : QStringLiteral(" (in %1)").arg(error.path);
        return failure(fileName, lineAndColumn(text, error.offset), error.message + context);
    }
    // A document with a duplicate key has no one meaning: its records are not read.
    if (!parsed.duplicateKeys.isEmpty())
        return firstProblem(parsed.duplicateKeys, fileName);
    Reader reader;
    if (reader.read(*parsed.root, sink))
        return {};
    if (reader.stop())
        return *reader.stop();
    return firstProblem(reader.problems(), fileName);
}

// The first byte that is not UTF-8, looked for a few megabytes at a time (\a done hears
// each stretch checked); -1 if there is none.
qsizetype firstInvalidUtf8In(QByteArrayView content, const std::function<void(qsizetype, qsizetype)> &done)
{
    constexpr qsizetype stretch = 8 << 20;
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = std::min(content.size(), start + stretch);
        // End where a character starts (not on a continuation byte 10xxxxxx).
        while (end < content.size() && end > start && (uchar(content[end]) & 0xc0) == 0x80)
            --end;
        if (end == start)
            end = std::min(content.size(), start + stretch);
        const qsizetype bad = firstInvalidUtf8(content.sliced(start, end - start));
        if (bad >= 0)
            return start + bad;
        if (done)
            done(start, end);
        start = end;
    }
    return -1;
}

} // namespace

} // namespace bd::archive

namespace bd {

using namespace archive;

Result<void> streamArchive(QByteArrayView bytes, const QString &fileName, const ArchiveSink &sink,
                           const StreamOptions &options)
{
    QByteArrayView content(bytes);
    if (content.startsWith("\xef\xbb\xbf"))
        content = content.sliced(3);
    if (const qsizetype bad = firstInvalidUtf8In(content, options.done); bad >= 0) {
        const QString before = QString::fromUtf8(content.first(bad));
        return failure(fileName, lineAndColumn(before, before.size()),
                       tr("the file is not UTF-8 text (byte 0x%1 here is not UTF-8)")
                           .arg(quint8(content[bad]), 2, 16, QLatin1Char('0')));
    }

    qsizetype scanned = 0;
    const Outline outline = outlineJson(content, [&](qsizetype at) {
        if (options.done)
            options.done(scanned, at);
        scanned = at;
    });
    if (!outline.clean)
        return readWhole(content, fileName, sink);

    // The top level as a tree whose lists are empty stand-ins: their items are parsed one by
    // one as the reader comes to them.
    Json root;
    root.type = Json::Type::Object;
    for (const Outline::Member &member : outline.members) {
        Json value;
        if (member.type == Json::Type::Array) {
            value.type = Json::Type::Array;
            value.offset = member.value.start;
        } else {
            const QByteArrayView slice = content.sliced(member.value.start, member.value.end - member.value.start);
            Parsed parsed = parseJson(QString::fromUtf8(slice), member.value.start);
            if (!parsed.root || !parsed.duplicateKeys.isEmpty())
                return readWhole(content, fileName, sink);
            value = std::move(*parsed.root);
        }
        root.keys.push_back(member.key);
        root.values.push_back(std::move(value));
    }
    Reader reader;
    for (std::size_t i = 0; i < outline.members.size(); ++i) {
        if (outline.members[i].type == Json::Type::Array)
            reader.streamFrom(content, &root.values[i], &outline.members[i].items);
    }
    reader.setDone(options.done);
    if (options.progress) {
        const qsizetype total = std::max<qsizetype>(outline.itemCount, 1);
        reader.setProgress([&](qsizetype read) { return options.progress(read, total); });
    }
    const bool sound = reader.read(root, sink);
    if (reader.unreadable()) {
        // An item that does not parse alone does not parse in the whole document either.
        auto whole = readWhole(content, fileName, {});
        if (!whole)
            return whole.error();
        return Error {tr("%1 could not be read one record at a time.").arg(fileName)};
    }
    if (reader.stop())
        return *reader.stop();
    if (!sound)
        return firstProblem(reader.problems(), fileName);
    return {};
}

Result<PartnershipData> readArchive(const QByteArray &bytes, const QString &fileName)
{
    PartnershipData data;
    ArchiveSink sink;
    sink.partnership = [&data](const Partnership &p) -> Result<void> {
        data.partnership = p;
        return {};
    };
    sink.record = [&data](ArchiveRecord record) -> Result<void> {
        std::visit([&data]<typename T>(const T *r) { (data.*Record<T>::list) << *r; }, record);
        return {};
    };
    if (auto read = streamArchive(bytes, fileName, sink); !read)
        return read.error();
    return data;
}

} // namespace bd
