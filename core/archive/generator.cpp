#include "generator.h"

#include "archive.h"
#include "generatorwords.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace bd {

using namespace generator;

namespace {

// Random numbers of our own (SplitMix64): the same seed gives the same numbers with every
// compiler and standard library.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // 0 <= n < bound
    int below(int bound) { return bound <= 1 ? 0 : int(next() % quint64(bound)); }
    // low <= n <= high
    int between(int low, int high) { return low + below(high - low + 1); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    // An index that favours the start of a list, as word use does (a few words are common,
    // most are rare): search terms then have the spread of selectivity real minutes have.
    int skewed(int size, double power = 2.0) { return std::min(size - 1, int(double(size) * std::pow(unit(), power))); }

    template <typename List>
    const auto &pick(const List &list)
    {
        return list[std::size_t(below(int(std::size(list))))];
    }
    template <typename List>
    const auto &pickSkewed(const List &list, double power = 2.0)
    {
        return list[std::size_t(skewed(int(std::size(list)), power))];
    }

private:
    quint64 m_state;
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString slug(const QString &text)
{
    QString out;
    bool dash = false;
    for (const QChar c : text.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out += c;
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out += QLatin1Char('-');
            dash = true;
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(48);
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// The \a nth (1-4) \a weekday (1 Monday - 5 Friday) of a month.
QDate nthWeekday(int year, int month, int weekday, int nth)
{
    QDate d(year, month, 1);
    while (d.dayOfWeek() != weekday)
        d = d.addDays(1);
    return d.addDays(7 * (nth - 1));
}

QDate weekdayOnOrAfter(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

// Fills %T (topic), %A (agency), %P (place) and %N (number) in a template.
QString fill(const char *pattern, Random &random)
{
    QString out;
    for (const char *p = pattern; *p; ++p) {
        if (*p == '%' && p[1]) {
            ++p;
            switch (*p) {
            case 'T': out += s(random.pickSkewed(topics, 2.2)); continue;
            case 'A': out += s(random.pickSkewed(agenciesText, 1.6)); continue;
            case 'P': out += s(random.pick(places)); continue;
            case 'N': out += QString::number(random.between(3, 240)); continue;
            default: out += QLatin1Char('%'); break;
            }
        }
        out += QLatin1Char(*p);
    }
    return out;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// A little Markdown now and then: one word bold or italic, or a link.
QString decorate(QString text, Random &random)
{
    const double roll = random.unit();
    if (roll < 0.04) {
        const qsizetype space = text.indexOf(QLatin1Char(' '), text.size() / 3);
        const qsizetype end = space < 0 ? -1 : text.indexOf(QLatin1Char(' '), space + 1);
        if (end > space + 1)
            text = text.left(space + 1) + QStringLiteral("**") + text.mid(space + 1, end - space - 1) + QStringLiteral("**")
                   + text.mid(end);
    } else if (roll < 0.06) {
        const qsizetype space = text.indexOf(QLatin1Char(' '), text.size() / 2);
        const qsizetype end = space < 0 ? -1 : text.indexOf(QLatin1Char(' '), space + 1);
        if (end > space + 1)
            text = text.left(space + 1) + QLatin1Char('*') + text.mid(space + 1, end - space - 1) + QLatin1Char('*')
                   + text.mid(end);
    } else if (roll < 0.075 && text.size() < 240) {
        text += QStringLiteral(" See the [briefing](https://example.org/westmarch/briefings/%1).").arg(random.between(100, 999));
    }
    return text;
}

// One bullet, 60 to 300 characters.
QString entryText(EntryKind kind, int level, Random &random)
{
    const int target = level == 0 ? random.between(60, 300) : random.between(60, 180);
    QString text;
    for (int guard = 0; guard < 8; ++guard) {
        QString sentence;
        if (kind == EntryKind::Did) {
            sentence = (level == 0 ? QStringLiteral("We ") : QString()) + s(random.pickSkewed(didVerbs, 1.5))
                       + QLatin1Char(' ') + fill(random.pickSkewed(things, 1.4), random);
            if (random.chance(0.6))
                sentence += QLatin1Char(' ') + fill(random.pickSkewed(qualifiers, 1.3), random);
            if (level > 0)
                sentence = capitalised(sentence);
        } else if (kind == EntryKind::Difference) {
            sentence = fill(random.pickSkewed(beneficiaries, 1.4), random) + QLatin1Char(' ')
                       + fill(random.pickSkewed(outcomes, 1.3), random);
            if (random.chance(0.5))
                sentence += QStringLiteral(", because ") + fill(random.pickSkewed(reasons, 1.3), random);
        } else {
            sentence = fill(random.pick(notes), random);
            sentence.chop(1);
        }
        sentence += QLatin1Char('.');
        const QString joined = text.isEmpty() ? sentence : text + QLatin1Char(' ') + sentence;
        if (joined.size() > 300 && text.size() >= 60)
            break;
        if (joined.size() > 300) {
            text = joined.left(296).section(QLatin1Char(' '), 0, -2) + QLatin1Char('.');
            break;
        }
        text = joined;
        if (text.size() >= target)
            break;
    }
    while (text.size() < 60)
        text += QStringLiteral(" Partners from ") + s(random.pickSkewed(agenciesText)) + QStringLiteral(" agreed.");
    return decorate(text, random);
}

QString paragraphs(Random &random, int count)
{
    QStringList parts;
    for (int i = 0; i < count; ++i) {
        if (i == count - 1 && count > 1 && random.chance(0.5)) {
            QStringList bullets;
            for (int b = random.between(2, 4); b > 0; --b)
                bullets << QStringLiteral("- ") + capitalised(fill(random.pickSkewed(things), random));
            parts << bullets.join(QLatin1Char('\n'));
        } else {
            parts << entryText(random.chance(0.5) ? EntryKind::Did : EntryKind::Difference, 0, random);
        }
    }
    return parts.join(QStringLiteral("\n\n"));
}

struct Sizes {
    int bodies;
    int meetingsPerYear;
    int agencies;
    int peoplePerAgency;
    int funders;
    double perTwentyYears; // actions, risks, sessions, case reviews and newsletters scale by this
};

Sizes sizesFor(GeneratorScale scale)
{
    if (scale == GeneratorScale::Small)
        return {6, 3, 10, 6, 5, 1.0 / 20.0};
    return {30, 12, 24, 12, 15, 1.0};
}

// A count given per twenty years of a large partnership, for this many years at this scale.
int scaled(double perTwentyYears, const Sizes &sizes, int years, int least = 1)
{
    return std::max(least, int(std::lround(perTwentyYears * sizes.perTwentyYears * years / 20.0)));
}

class Generator
{
public:
    explicit Generator(const GeneratorOptions &options)
        : m_options(options)
        , m_sizes(sizesFor(options.scale))
        , m_random(options.seed)
        , m_years(std::clamp(options.years, 1, 50))
        , m_first(options.lastYear.startYear() - m_years + 1)
    {
    }

    PartnershipData run()
    {
        partnership();
        agenciesAndPeople();
        bodiesAndMemberships();
        priorities();
        meetings();
        workplans();
        caseReviews();
        actions();
        risks();
        money();
        training();
        sourcesAndFacts();
        reportTexts();
        newsletters();
        return std::move(m_data);
    }

private:
    FinancialYear year(int index) const { return FinancialYear(m_first + index); }
    QDate firstDay() const { return year(0).firstDay(); }
    QDate lastDay() const { return m_options.lastYear.lastDay(); }
    QDate randomDayIn(const FinancialYear &fy)
    {
        return weekdayOnOrAfter(fy.firstDay().addDays(m_random.below(360)));
    }

    void partnership()
    {
        m_data.partnership.name = s("Westmarch Safeguarding Children Partnership");
        m_data.partnership.shortName = s("WSCP");
        m_data.partnership.contactEmail = s("partnership@westmarch.example");
    }

    void agenciesAndPeople()
    {
        QSet<QString> ids;
        for (int a = 0; a < m_sizes.agencies; ++a) {
            const AgencySeed &seed = agencySeeds[std::size_t(a % int(agencySeeds.size()))];
            Agency agency{slug(s(seed.shortName)), s(seed.name), s(seed.shortName), seed.sector};
            m_data.agencies << agency;
            for (int p = 0; p < m_sizes.peoplePerAgency; ++p) {
                const QString first = s(m_random.pick(firstNames));
                const QString last = s(m_random.pick(surnames));
                QString id = slug(first + QLatin1Char('-') + last);
                for (int n = 2; ids.contains(id); ++n)
                    id = slug(first + QLatin1Char('-') + last) + QLatin1Char('-') + QString::number(n);
                ids.insert(id);
                const QString title = p == 0 ? s(seed.title) : s(m_random.pick(std::array{
                                                                   "Safeguarding Lead", "Team Manager", "Service Manager",
                                                                   "Practice Lead", "Named Professional", "Senior Officer"}));
                m_data.people << Person{id, first + QLatin1Char(' ') + last, agency.id, title,
                                        slug(first) + QLatin1Char('.') + slug(last) + QLatin1Char('@') + agency.id
                                            + QStringLiteral(".westmarch.example")};
                m_agencyOf.insert(id, agency.id);
            }
        }
    }

    void bodiesAndMemberships()
    {
        const QDate established = firstDay().addYears(-1);
        for (int b = 0; b < m_sizes.bodies; ++b) {
            const BodySeed &seed = bodySeeds[std::size_t(b)];
            Body body;
            body.id = s(seed.id);
            body.name = s(seed.name);
            body.kind = seed.kind;
            body.parent = b == 0 ? QString() : b == 1 ? s("board") : s("executive");
            body.purpose = seed.purpose ? s(seed.purpose)
                                        : QStringLiteral("Leads the partnership's work on %1:\n- %2\n- %3")
                                              .arg(body.name.section(QLatin1Char(' '), 0, -2).toLower(),
                                                   capitalised(fill(m_random.pick(things), m_random)),
                                                   capitalised(fill(m_random.pick(things), m_random)));
            body.established = established;
            m_data.bodies << body;

            // Fourteen members: a chair, a vice-chair, the secretariat and eleven others.
            QList<Id> members;
            while (members.size() < 14) {
                const Id person = m_data.people.at(m_random.below(int(m_data.people.size()))).id;
                if (!members.contains(person))
                    members << person;
            }
            for (qsizetype i = 0; i < members.size(); ++i) {
                const Role role = i == 0 ? Role::Chair : i == 1 ? Role::ViceChair : i == 13 ? Role::Secretariat : Role::Member;
                m_data.memberships << Membership{0, body.id, members.at(i), role, established, QDate()};
            }
            m_members << members;
        }
    }

    void priorities()
    {
        for (int y = 0; y < m_years; ++y) {
            QStringList ids;
            for (int k = 0; k < 5; ++k) {
                const char *theme = priorityThemes[std::size_t((y + k * 2) % int(priorityThemes.size()))];
                const Agency &lead = m_data.agencies.at(m_random.below(std::min(6, int(m_data.agencies.size()))));
                Priority p{year(y).toString() + QLatin1Char('-') + slug(s(theme)), year(y), s(theme), lead.id,
                           QStringLiteral("- %1\n- %2").arg(capitalised(fill(m_random.pick(things), m_random)),
                                                            capitalised(fill(m_random.pick(outcomes), m_random)))};
                ids << p.id;
                m_data.priorities << p;
            }
            m_prioritiesByYear << ids;
        }
    }

    QStringList entryPriorities(int yearIndex)
    {
        QStringList list;
        if (m_random.chance(0.3)) {
            const QStringList &ids = m_prioritiesByYear.at(yearIndex);
            list << ids.at(m_random.below(int(ids.size())));
            if (m_random.chance(0.2)) {
                const QString second = ids.at(m_random.below(int(ids.size())));
                if (!list.contains(second))
                    list << second;
            }
        }
        return list;
    }

    // Exactly thirty bullets: did, then difference, then a note or two; some with children
    // and grandchildren.
    QList<Entry> entries(int yearIndex)
    {
        constexpr int total = 30;
        std::vector<int> tops; // the bullets each top-level entry carries, itself included
        int used = 0;
        while (used < total) {
            int size = 1;
            if (m_random.chance(0.3))
                size += m_random.between(1, 3);
            size = std::min(size, total - used);
            tops.push_back(size);
            used += size;
        }
        QList<Entry> list;
        const int count = int(tops.size());
        for (int t = 0; t < count; ++t) {
            const double at = double(t) / count;
            const EntryKind kind = at < 0.55 ? EntryKind::Did : at < 0.93 ? EntryKind::Difference : EntryKind::Note;
            Entry top{0, kind, entryText(kind, 0, m_random), entryPriorities(yearIndex), {}};
            int left = tops[std::size_t(t)] - 1;
            while (left > 0) {
                Entry child{0, kind, entryText(kind, 1, m_random), {}, {}};
                --left;
                if (left > 0 && m_random.chance(0.4)) {
                    child.children << Entry{0, kind, entryText(kind, 2, m_random), {}, {}};
                    --left;
                }
                top.children << child;
            }
            list << top;
        }
        return list;
    }

    QList<Attendance> attendance(int bodyIndex)
    {
        const QList<Id> &members = m_members.at(bodyIndex);
        QList<Id> chosen = members;
        // Ten of the fourteen, in member order (the chair first when present).
        while (chosen.size() > 10)
            chosen.removeAt(m_random.between(1, int(chosen.size()) - 1));
        QList<Attendance> rows;
        QSet<Id> present(chosen.cbegin(), chosen.cend());
        for (const Id &person : std::as_const(chosen)) {
            const double roll = m_random.unit();
            if (roll < 0.80) {
                rows << Attendance{person, AttendanceStatus::Present, {}};
            } else if (roll < 0.92) {
                rows << Attendance{person, AttendanceStatus::Apologies, {}};
            } else if (roll < 0.95) {
                rows << Attendance{person, AttendanceStatus::Absent, {}};
            } else {
                // Someone else comes in the member's place.
                Id deputy;
                for (int tries = 0; tries < 20 && deputy.isEmpty(); ++tries) {
                    const Id candidate = m_data.people.at(m_random.below(int(m_data.people.size()))).id;
                    if (!present.contains(candidate) && !members.contains(candidate))
                        deputy = candidate;
                }
                if (deputy.isEmpty()) {
                    rows << Attendance{person, AttendanceStatus::Apologies, {}};
                } else {
                    present.insert(deputy);
                    rows << Attendance{deputy, AttendanceStatus::Deputy, person};
                }
            }
        }
        return rows;
    }

    void meetings()
    {
        m_meetingsOfBody.resize(m_sizes.bodies);
        const int step = 12 / m_sizes.meetingsPerYear;
        for (int b = 0; b < m_sizes.bodies; ++b) {
            const Body &body = m_data.bodies.at(b);
            const int weekday = 1 + b % 5;
            const int nth = 1 + (b / 5) % 4;
            const QTime time = b % 3 == 0 ? QTime(10, 0) : b % 3 == 1 ? QTime(14, 0) : QTime(9, 30);
            const QString location = s(locations[std::size_t(b % int(locations.size()))]);
            QList<qsizetype> &mine = m_meetingsOfBody[std::size_t(b)];
            for (int y = 0; y < m_years; ++y) {
                for (int k = 0; k < m_sizes.meetingsPerYear; ++k) {
                    const int monthIndex = (k * step + b % step) % 12; // 0 = April
                    const int month = 1 + (3 + monthIndex) % 12;
                    const int calendarYear = month >= 4 ? m_first + y : m_first + y + 1;
                    Meeting m;
                    m.date = nthWeekday(calendarYear, month, weekday, nth);
                    m.id = body.id + QLatin1Char('-') + iso(m.date);
                    m.body = body.id;
                    m.time = time;
                    m.location = y >= m_years - 4 && m_random.chance(0.4) ? s("Virtual (Microsoft Teams)") : location;
                    m.status = MeetingStatus::Held;
                    if (body.kind == BodyKind::Panel && body.id == QLatin1String("cdop"))
                        m.casesReviewed = m_random.between(0, 9);
                    m.attendance = attendance(b);
                    m.entries = entries(y);
                    mine << m_data.meetings.size();
                    m_meetingYear << y;
                    m_data.meetings << std::move(m);
                }
            }
            // Minutes are approved at the body's next meeting; the last ones are a draft.
            for (qsizetype i = 0; i + 1 < mine.size(); ++i) {
                Meeting &m = m_data.meetings[mine.at(i)];
                m.minutes = MinutesStatus::Approved;
                m.approvedOn = m_data.meetings.at(mine.at(i + 1)).date;
            }
        }
    }

    void workplans()
    {
        for (int b = 0; b < m_sizes.bodies; ++b) {
            const Body &body = m_data.bodies.at(b);
            for (int y = 0; y < m_years; ++y) {
                Workplan w;
                w.id = QStringLiteral("wp-%1-%2").arg(body.id, year(y).toString());
                w.body = body.id;
                w.title = QStringLiteral("%1 workplan %2").arg(body.name, year(y).toString());
                w.year = year(y);
                if (y < m_years - 1) {
                    w.status = WorkplanStatus::Closed;
                    w.closedOn = year(y).lastDay();
                }
                m_data.workplans << w;
            }
        }
    }

    void caseReviews()
    {
        const int count = scaled(200, m_sizes, m_years);
        const std::array letters{"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Y", "Z"};
        const std::array prefixes{"Child", "Family", "Baby", "Sibling Group"};
        for (int i = 0; i < count; ++i) {
            const int y = int(qint64(i) * m_years / count);
            CaseReview r;
            r.id = QStringLiteral("review-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            r.name = s(m_random.pickSkewed(prefixes, 1.5)) + QLatin1Char(' ') + s(letters[std::size_t(i % int(letters.size()))]);
            if (i >= int(letters.size()))
                r.name += QString::number(i / int(letters.size()) + 1);
            r.notified = randomDayIn(year(y));
            const double roll = m_random.unit();
            r.type = roll < 0.4   ? CaseReviewType::RapidReview
                     : roll < 0.75 ? (year(y).startYear() < 2018 ? CaseReviewType::Scr : CaseReviewType::Lcspr)
                     : roll < 0.9  ? CaseReviewType::Thematic
                                   : CaseReviewType::Learning;
            const int ageDays = int(r.notified.daysTo(lastDay()));
            if (ageDays > 730) {
                r.signedOff = r.notified.addDays(m_random.between(180, 420));
                if (r.type == CaseReviewType::RapidReview) {
                    r.status = CaseReviewStatus::Closed;
                } else if (m_random.chance(0.12)) {
                    r.status = CaseReviewStatus::PublicationDelayed;
                    r.note = s("Publication waits until criminal proceedings have ended.");
                } else {
                    r.status = CaseReviewStatus::Published;
                    r.published = r.signedOff.addDays(m_random.between(20, 120));
                    r.url = QStringLiteral("https://example.org/westmarch/reviews/%1").arg(slug(r.name));
                }
            } else if (ageDays > 300) {
                r.status = CaseReviewStatus::SignedOff;
                r.signedOff = r.notified.addDays(m_random.between(120, 290));
            } else {
                r.status = ageDays > 60 ? CaseReviewStatus::InProgress : CaseReviewStatus::Notified;
            }
            m_data.caseReviews << r;
        }
    }

    void actions()
    {
        const int count = scaled(20000, m_sizes, m_years);
        const int meetingsPerBody = int(m_meetingsOfBody.front().size());
        for (int i = 0; i < count; ++i) {
            const int b = m_random.below(m_sizes.bodies);
            const Body &body = m_data.bodies.at(b);
            const QList<qsizetype> &mine = m_meetingsOfBody[std::size_t(b)];
            const int k = m_random.below(std::max(1, meetingsPerBody - 5));
            const Meeting &raised = m_data.meetings.at(mine.at(k));
            const int y = m_meetingYear.at(mine.at(k));
            Action a;
            a.id = QStringLiteral("action-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
            a.body = body.id;
            a.text = entryText(EntryKind::Did, 1, m_random);
            a.ref = QStringLiteral("%1.%2").arg(m_random.between(1, 6)).arg(m_random.between(1, 12));
            if (m_random.chance(0.8))
                a.workplan = QStringLiteral("wp-%1-%2").arg(body.id, year(y).toString());
            if (body.kind == BodyKind::ReviewGroup) {
                // A recommendation of a review notified before the meeting.
                for (int tries = 0; tries < 5 && a.caseReview.isEmpty(); ++tries) {
                    const CaseReview &r = m_data.caseReviews.at(m_random.below(int(m_data.caseReviews.size())));
                    if (r.notified <= raised.date)
                        a.caseReview = r.id;
                }
            }
            if (m_random.chance(0.6))
                a.raisedAt = raised.id;
            const QList<Id> &members = m_members.at(b);
            a.owner = members.at(m_random.below(int(members.size())));
            a.ownerAgency = m_agencyOf.value(a.owner);
            a.due = raised.date.addMonths(m_random.between(3, 9));
            a.priorities = entryPriorities(y);
            // Reviewed at the body's next five meetings, moving from red or amber towards done.
            const int reviews = std::min(5, meetingsPerBody - 1 - k);
            int rag = m_random.below(2); // red or amber
            for (int r = 1; r <= reviews; ++r) {
                const Meeting &at = m_data.meetings.at(mine.at(k + r));
                if (m_random.chance(0.45))
                    rag = std::min(3, rag + 1);
                else if (rag > 0 && rag < 3 && m_random.chance(0.1))
                    --rag;
                a.reviews << ActionReview{at.date, Rag(rag), s(m_random.pickSkewed(reviewNotes, 1.5)), at.id};
            }
            m_data.actions << a;
        }
    }

    void risks()
    {
        const int count = scaled(1000, m_sizes, m_years);
        const std::array titles{"Capacity in %A to attend child protection conferences",
                                "Rising numbers of children at risk of %T",
                                "Loss of funding for %T services",
                                "Data on %T not shared between %A and %A",
                                "Delays in health assessments for children looked after",
                                "Turnover of social workers in the %P team",
                                "Partner attendance at subgroup meetings",
                                "Publication of a review delayed by criminal proceedings"};
        for (int i = 0; i < count; ++i) {
            const int y = int(qint64(i) * m_years / count);
            const int b = m_random.below(m_sizes.bodies);
            Risk r;
            r.id = QStringLiteral("risk-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            r.body = m_data.bodies.at(b).id;
            r.title = fill(m_random.pick(titles), m_random);
            r.description = entryText(EntryKind::Did, 1, m_random);
            const QList<Id> &members = m_members.at(b);
            r.owner = members.at(m_random.below(int(members.size())));
            r.ownerAgency = m_agencyOf.value(r.owner);
            r.opened = randomDayIn(year(y));
            QDate end = lastDay();
            if (m_random.chance(0.7)) {
                const QDate closed = r.opened.addMonths(m_random.between(6, 30));
                if (closed < lastDay())
                    end = r.closed = closed;
            }
            int likelihood = m_random.between(2, 5);
            int impact = m_random.between(2, 5);
            const int reviews = m_random.between(3, 8);
            for (int k = 0; k < reviews; ++k) {
                const QDate date = r.opened.addMonths(3 * k);
                if (date > end)
                    break;
                r.reviews << RiskReview{date, likelihood, impact, s(m_random.pickSkewed(reviewNotes, 1.5)), {}};
                if (m_random.chance(0.4))
                    likelihood = std::clamp(likelihood + (m_random.chance(0.7) ? -1 : 1), 1, 5);
                if (m_random.chance(0.2))
                    impact = std::clamp(impact + (m_random.chance(0.6) ? -1 : 1), 1, 5);
            }
            m_data.risks << r;
        }
    }

    void money()
    {
        const std::array categories{"Staffing", "Independent chair", "Case reviews", "Training", "Communications"};
        for (int y = 0; y < m_years; ++y) {
            for (int a = 0; a < std::min(m_sizes.funders, int(m_data.agencies.size())); ++a) {
                const qint64 base = a == 0 ? 9000000 : a < 3 ? 4500000 : 600000;
                const qint64 pence = (base + qint64(m_random.below(400000)) + qint64(y) * 15000) / 100 * 100;
                m_data.funding << Funding{year(y), m_data.agencies.at(a).id, pence,
                                          m_random.chance(0.1) ? s("Includes a one-off contribution to training.") : QString()};
            }
            for (const char *category : categories)
                m_data.spending << Spending{0, year(y), s(category), qint64(m_random.between(500000, 9000000)), QString()};
        }
    }

    void training()
    {
        const int courseCount = std::min(int(courseSeeds.size()), m_options.scale == GeneratorScale::Small ? 10 : 30);
        for (int c = 0; c < courseCount; ++c) {
            const CourseSeed &seed = courseSeeds[std::size_t(c)];
            m_data.courses << Course{QStringLiteral("course-") + slug(s(seed.title)), s(seed.title), seed.format,
                                     capitalised(fill(m_random.pick(outcomes), m_random)) + QLatin1Char('.')};
        }
        const int count = scaled(5000, m_sizes, m_years);
        for (int i = 0; i < count; ++i) {
            const int y = int(qint64(i) * m_years / count);
            TrainingSession t;
            t.id = QStringLiteral("session-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
            t.course = m_data.courses.at(m_random.skewed(courseCount, 1.5)).id;
            t.date = randomDayIn(year(y));
            t.places = m_random.between(12, 30);
            if (m_random.chance(0.08)) {
                t.status = SessionStatus::Cancelled;
                t.cancelReason = CancelReason(m_random.below(4));
                if (*t.cancelReason == CancelReason::Other)
                    t.note = s("Venue unavailable.");
            } else {
                t.attendees = m_random.between(*t.places / 3, *t.places);
            }
            m_data.trainingSessions << t;
        }
    }

    void sourcesAndFacts()
    {
        for (int i = 0; i < 20; ++i)
            m_data.sources << Source{QStringLiteral("source-%1").arg(i + 1),
                                     QStringLiteral("Westmarch data observatory, table %1").arg(i + 1),
                                     QStringLiteral("https://example.org/westmarch/observatory/%1").arg(i + 1)};
        for (int y = 0; y < m_years; ++y) {
            for (int k = 0; k < int(keyFactLabels.size()); ++k) {
                const QString value = k == 0 ? QString::number(m_random.between(118000, 126000))
                                             : k >= 5 ? QString::number(m_random.between(300, 700) / 10.0, 'f', 1)
                                                      : QString::number(m_random.between(50, 250) / 10.0, 'f', 1) + QLatin1Char('%');
                m_data.keyFacts << KeyFact{QStringLiteral("fact-%1-%2").arg(year(y).startYear()).arg(k + 1), year(y),
                                           s(keyFactLabels[std::size_t(k)]), value,
                                           k == 0 ? QString() : QStringLiteral("%1 in England").arg(value),
                                           m_data.sources.at((y + k) % 20).id};
            }
        }
    }

    void reportTexts()
    {
        for (int y = 0; y < m_years; ++y) {
            for (const char *section : {"foreword", "next", "training-went-well", "training-to-improve"})
                m_data.reportTexts << ReportText{year(y), s(section), paragraphs(m_random, m_random.between(2, 4))};
            for (int b = 4; b < std::min(8, m_sizes.bodies); ++b)
                m_data.reportTexts << ReportText{year(y), QStringLiteral("intro:") + m_data.bodies.at(b).id,
                                                 paragraphs(m_random, 1)};
        }
    }

    void newsletters()
    {
        const int count = scaled(50, m_sizes, m_years);
        const qint64 span = firstDay().daysTo(lastDay());
        for (int i = 0; i < count; ++i) {
            Newsletter n;
            n.number = i + 1;
            n.id = QStringLiteral("info-update-%1").arg(n.number);
            n.date = weekdayOnOrAfter(firstDay().addDays(span * (i + 1) / (count + 1)));
            n.title = QStringLiteral("Information Update, issue %1").arg(n.number);
            n.managerMessage = paragraphs(m_random, m_random.between(1, 3));
            const int items = m_random.between(4, 7);
            for (int k = 0; k < items; ++k) {
                NewsletterItem item;
                item.section = s(m_random.pick(newsletterSections));
                item.title = capitalised(fill(m_random.pick(topics), m_random));
                item.body = paragraphs(m_random, m_random.between(1, 3));
                for (int l = m_random.below(3); l > 0; --l)
                    item.links << NewsletterLink{QStringLiteral("Read more about %1").arg(item.title.toLower()),
                                                 QStringLiteral("https://example.org/westmarch/news/%1-%2").arg(n.number).arg(l)};
                n.items << item;
            }
            m_data.newsletters << n;
        }
    }

    GeneratorOptions m_options;
    Sizes m_sizes;
    Random m_random;
    int m_years;
    int m_first; // the first financial year's start
    PartnershipData m_data;
    QHash<Id, Id> m_agencyOf;
    QList<QList<Id>> m_members; // by body index
    QList<QStringList> m_prioritiesByYear;
    std::vector<QList<qsizetype>> m_meetingsOfBody; // indexes into m_data.meetings, in date order
    QList<int> m_meetingYear;                       // by meeting index
};

} // namespace

std::optional<GeneratorScale> generatorScaleFromName(QStringView name)
{
    if (name == QLatin1String("large"))
        return GeneratorScale::Large;
    if (name == QLatin1String("small"))
        return GeneratorScale::Small;
    return std::nullopt;
}

PartnershipData generatePartnership(const GeneratorOptions &options)
{
    return Generator(options).run();
}

QByteArray generateArchive(const GeneratorOptions &options)
{
    const QDateTime exported(options.lastYear.lastDay().addDays(1), QTime(9, 0), Qt::UTC);
    return writeArchive(generatePartnership(options), exported);
}

} // namespace bd
