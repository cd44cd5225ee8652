#include "actionreports.h"

#include "ratings.h"

#include "domain/actionlog.h"
#include "domain/displaytext.h"
#include "store/store.h"
#include "text/markdown.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

namespace bd {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("bd::ActionReports", text, nullptr, n);
}

const QString separator = QStringLiteral(" \u00b7 ");

// The names the documents show for the ids records hold, read once.
struct Directory {
    Partnership partnership;
    QHash<Id, Person> people;
    QHash<Id, Agency> agencies;
    QHash<Id, Body> bodies;
    QHash<Id, Priority> priorities;
    QList<Body> bodyOrder;

    static Result<Directory> load(Store &store)
    {
        Directory d;
        auto partnership = store.partnership();
        if (!partnership)
            return partnership.error();
        d.partnership = *partnership;
        auto people = store.list<Person>();
        if (!people)
            return people.error();
        for (const Person &p : std::as_const(*people))
            d.people.insert(p.id, p);
        auto agencies = store.list<Agency>();
        if (!agencies)
            return agencies.error();
        for (const Agency &a : std::as_const(*agencies))
            d.agencies.insert(a.id, a);
        auto bodies = store.list<Body>();
        if (!bodies)
            return bodies.error();
        d.bodyOrder = *bodies;
        for (const Body &b : std::as_const(*bodies))
            d.bodies.insert(b.id, b);
        auto priorities = store.list<Priority>();
        if (!priorities)
            return priorities.error();
        for (const Priority &p : std::as_const(*priorities))
            d.priorities.insert(p.id, p);
        return d;
    }

    QString bodyName(const Id &id) const
    {
        const QString name = bodies.value(id).name;
        return name.isEmpty() ? id : name;
    }

    QString agencyName(const Id &id) const
    {
        const Agency agency = agencies.value(id);
        return agency.shortName.isEmpty() ? agency.name : agency.shortName;
    }

    // "Sam Adeyemi, Police"; by agency only when names are left out.
    QString owner(const Action &action, bool leaveOutNames) const
    {
        const Person who = people.value(action.owner);
        const QString agency = agencyName(action.ownerAgency.isEmpty() ? who.agency : action.ownerAgency);
        if (action.owner.isEmpty() || leaveOutNames)
            return agency;
        const QString name = who.name.isEmpty() ? action.owner : who.name;
        return agency.isEmpty() ? name : QStringLiteral("%1, %2").arg(name, agency);
    }

    QString riskOwner(const Risk &risk, bool leaveOutNames) const
    {
        Action asAction;
        asAction.owner = risk.owner;
        asAction.ownerAgency = risk.ownerAgency;
        return owner(asAction, leaveOutNames);
    }
};

QDate lastReviewed(const Action &action)
{
    return action.reviews.isEmpty() ? QDate() : action.reviews.constLast().date;
}

TableCell cell(const QString &text)
{
    return TableCell {{plain(text)}};
}

// The actions as a table: ref, action, owner, due (overdue ones say so), RAG, last reviewed.
Table actionTable(const QList<Action> &actions, const Directory &d, const ExportOptions &options, const QDate &today,
                  const QSet<Id> &carriedOn, const QString &caption)
{
    Table table;
    table.caption = caption;
    for (const QString &name : {tr("Ref"), tr("Action"), tr("Owner"), tr("Due"), tr("RAG"), tr("Last reviewed")})
        table.header << cell(name);
    table.columnPercent = {6, 36, 18, 14, 13, 13};
    for (const Action &action : actions) {
        TableCell due = cell(longDate(action.due));
        if (isOverdue(action, today, carriedOn))
            due.text << plain(QStringLiteral(" ")) << bold(tr("(overdue)"));
        table.rows << QList<TableCell> {cell(action.ref), TableCell {parseMarkdownFlat(action.text)},
                                        cell(d.owner(action, options.leaveOutNames)), due,
                                        TableCell {{ragLabel(action.currentRag())}},
                                        cell(longDate(lastReviewed(action)))};
    }
    return table;
}

// "Red: 2 · Amber: 5 · Green: 3 · Complete: 4 · Not rated: 1 · Overdue: 2", each rating a
// label in its colour.
Inlines ratingMix(const QList<Action> &actions, const QDate &today, const QSet<Id> &carriedOn)
{
    std::array<int, 4> counts {};
    int unrated = 0;
    int overdue = 0;
    for (const Action &action : actions) {
        if (const auto rag = action.currentRag())
            ++counts[static_cast<size_t>(*rag)];
        else
            ++unrated;
        if (isOverdue(action, today, carriedOn))
            ++overdue;
    }
    Inlines line;
    for (Rag rag : {Rag::Red, Rag::Amber, Rag::Green, Rag::Complete}) {
        if (!line.isEmpty())
            line << plain(QStringLiteral(" "));
        line << label(QStringLiteral("%1: %2").arg(displayName(rag)).arg(counts[static_cast<size_t>(rag)]),
                      ragTone(rag));
    }
    if (unrated > 0)
        line << plain(QStringLiteral(" ")) << label(tr("Not rated: %1").arg(unrated), Tone::Neutral);
    line << plain(separator) << bold(tr("Overdue: %1").arg(overdue));
    return line;
}

// The actions whose rating moved: ref, action, body (when several), was, now, on.
Table changesTable(const QList<RagChange> &changes, const Directory &d, bool withBody, const QString &caption)
{
    Table table;
    table.caption = caption;
    table.header << cell(tr("Ref")) << cell(tr("Action"));
    if (withBody)
        table.header << cell(tr("Body"));
    table.header << cell(tr("Was")) << cell(tr("Now")) << cell(tr("Changed on"));
    table.columnPercent = withBody ? QList<int> {7, 38, 17, 11, 11, 16} : QList<int> {8, 50, 13, 13, 16};
    for (const RagChange &change : changes) {
        QList<TableCell> row {cell(change.action.ref), TableCell {parseMarkdownFlat(change.action.text)}};
        if (withBody)
            row << cell(d.bodyName(change.action.body));
        row << TableCell {{ragLabel(change.before)}}
            << TableCell {{ragLabel(change.after),
                           plain(change.isImprovement() ? tr(" (better)") : tr(" (worse)"))}}
            << cell(longDate(change.changedOn));
        table.rows << row;
    }
    return table;
}

void kicker(DocumentBuilder &doc, const Directory &d)
{
    if (!d.partnership.name.isEmpty())
        doc.paragraph(d.partnership.name, ParagraphRole::Kicker);
}

Result<QList<Action>> actionsOf(Store &store, const Id &body)
{
    ListFilter filter;
    filter.body = body;
    return store.list<Action>(filter);
}

} // namespace

Result<Document> buildWorkplanReport(Store &store, const Id &workplanId, const ExportOptions &options)
{
    auto found = store.get<Workplan>(workplanId);
    if (!found)
        return found.error();
    if (!*found)
        return Error {tr("There is no workplan '%1'.").arg(workplanId), ErrorCode::NotFound};
    const Workplan plan = **found;
    auto directory = Directory::load(store);
    if (!directory)
        return directory.error();
    const Directory &d = *directory;
    auto bodyActions = actionsOf(store, plan.body);
    if (!bodyActions)
        return bodyActions.error();
    const QSet<Id> carriedOn = carriedForwardIds(*bodyActions);
    const QDate today = Clock::today();
    ActionFilter ofPlan;
    ofPlan.workplan = plan.id;
    const QList<Action> actions = filterActions(*bodyActions, ofPlan, today);

    DocumentBuilder doc;
    doc.info().title = plan.title;
    doc.info().author = d.partnership.name;
    QStringList about {d.bodyName(plan.body)};
    if (plan.year.isValid())
        about << plan.year.toString();
    about << (plan.status == WorkplanStatus::Closed ? tr("closed on %1").arg(longDate(plan.closedOn)) : tr("open"));
    doc.info().footer = QStringList {plan.title, tr("as at %1").arg(longDate(today))}.join(separator);
    kicker(doc, d);
    doc.heading(1, plan.title);
    doc.paragraph(tr("Workplan RAG report as at %1").arg(longDate(today)), ParagraphRole::Subtitle);
    doc.paragraph(about.join(separator), ParagraphRole::Meta);
    doc.paragraph(ratingMix(actions, today, carriedOn));

    // What changed at the body's latest meeting: since the meeting before it.
    ListFilter ofBody;
    ofBody.body = plan.body;
    auto meetings = store.meetingSummaries(ofBody);
    if (!meetings)
        return meetings.error();
    QList<QDate> held;
    for (const MeetingSummary &m : std::as_const(*meetings)) {
        if (m.status == MeetingStatus::Held && m.date <= today)
            held << m.date;
    }
    std::sort(held.begin(), held.end());
    if (held.size() >= 2) {
        const QDate since = held.at(held.size() - 2);
        const QString heading = tr("What changed since the meeting of %1").arg(longDate(since));
        doc.heading(2, heading);
        const QList<RagChange> changes = changedSince(actions, since);
        if (changes.isEmpty())
            doc.paragraph(tr("No rating has changed since then."), ParagraphRole::Note);
        else
            doc.table(changesTable(changes, d, false, heading));
    }

    doc.heading(2, tr("Actions by priority"));
    if (actions.isEmpty()) {
        doc.paragraph(tr("This workplan has no actions yet."), ParagraphRole::Note);
        return doc.take();
    }
    // Grouped by their first priority, in the order priorities are listed; untagged last.
    QList<Id> order;
    QHash<Id, QList<Action>> groups;
    for (const Action &action : actions) {
        const Id key = action.priorities.isEmpty() ? Id() : action.priorities.constFirst();
        if (!groups.contains(key))
            order << key;
        groups[key] << action;
    }
    std::stable_sort(order.begin(), order.end(), [&](const Id &a, const Id &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        return d.priorities.value(a).title < d.priorities.value(b).title;
    });
    for (const Id &key : std::as_const(order)) {
        const QString title = key.isEmpty() ? tr("Not tied to a priority")
                                            : (d.priorities.value(key).title.isEmpty() ? key
                                                                                       : d.priorities.value(key).title);
        doc.heading(3, title);
        doc.table(actionTable(groups.value(key), d, options, today, carriedOn, title));
    }
    return doc.take();
}

Result<Document> buildActionLog(Store &store, const ActionLogOptions &which, const ExportOptions &options)
{
    auto directory = Directory::load(store);
    if (!directory)
        return directory.error();
    const Directory &d = *directory;
    if (!which.body.isEmpty() && !d.bodies.contains(which.body))
        return Error {tr("There is no body '%1'.").arg(which.body), ErrorCode::NotFound};
    auto all = actionsOf(store, which.body);
    if (!all)
        return all.error();
    const QDate today = Clock::today();
    const QSet<Id> carriedOn = carriedForwardIds(*all);

    DocumentBuilder doc;
    const QString scope = which.body.isEmpty() ? tr("all bodies") : d.bodyName(which.body);
    doc.info().title = which.changedSince.isValid()
        ? tr("Action log: what changed since %1").arg(longDate(which.changedSince))
        : tr("Action log");
    doc.info().author = d.partnership.name;
    doc.info().footer = QStringList {doc.info().title, scope, tr("as at %1").arg(longDate(today))}.join(separator);
    kicker(doc, d);
    doc.heading(1, doc.info().title);
    doc.paragraph(tr("%1, as at %2").arg(scope, longDate(today)), ParagraphRole::Subtitle);

    if (which.changedSince.isValid()) {
        const QList<RagChange> changes = changedSince(*all, which.changedSince);
        doc.paragraph(tr("Actions whose rating moved, up or down, after %1: %2.")
                          .arg(longDate(which.changedSince))
                          .arg(changes.size()),
                      ParagraphRole::Meta);
        if (changes.isEmpty())
            doc.paragraph(tr("No rating has changed since then."), ParagraphRole::Note);
        else
            doc.table(changesTable(changes, d, which.body.isEmpty(), doc.document().info.title));
        return doc.take();
    }

    doc.paragraph(ratingMix(*all, today, carriedOn));
    for (const Body &body : d.bodyOrder) {
        if (!which.body.isEmpty() && body.id != which.body)
            continue;
        QList<Action> open;
        QList<Action> done;
        for (const Action &action : std::as_const(*all)) {
            if (action.body != body.id)
                continue;
            (isOpen(action, carriedOn) ? open : done) << action;
        }
        if (open.isEmpty() && done.isEmpty())
            continue;
        doc.heading(2, body.name);
        doc.paragraph(ratingMix(open + done, today, carriedOn), ParagraphRole::Meta);
        if (!open.isEmpty()) {
            const QString caption = tr("%1: open actions").arg(body.name);
            doc.heading(3, tr("Open"));
            doc.table(actionTable(open, d, options, today, carriedOn, caption));
        }
        if (!done.isEmpty()) {
            const QString caption = tr("%1: complete or carried forward").arg(body.name);
            doc.heading(3, tr("Complete or carried forward"));
            doc.table(actionTable(done, d, options, today, carriedOn, caption));
        }
    }
    if (all->isEmpty())
        doc.paragraph(tr("There are no actions."), ParagraphRole::Note);
    return doc.take();
}

Result<Document> buildRiskLog(Store &store, const Id &body, const ExportOptions &options)
{
    auto directory = Directory::load(store);
    if (!directory)
        return directory.error();
    const Directory &d = *directory;
    if (!body.isEmpty() && !d.bodies.contains(body))
        return Error {tr("There is no body '%1'.").arg(body), ErrorCode::NotFound};
    ListFilter filter;
    filter.body = body;
    auto risks = store.list<Risk>(filter);
    if (!risks)
        return risks.error();
    const QDate today = Clock::today();
    QList<Risk> open;
    QList<Risk> closed;
    for (const Risk &risk : std::as_const(*risks))
        (isOpen(risk, today) ? open : closed) << risk;
    // Open risks are numbered R1, R2... in the heat map and the table.
    auto number = [&](int i) { return tr("R%1").arg(i + 1); };

    DocumentBuilder doc;
    const QString scope = body.isEmpty() ? tr("all bodies") : d.bodyName(body);
    doc.info().title = tr("Risk log");
    doc.info().author = d.partnership.name;
    doc.info().footer = QStringList {tr("Risk log"), scope, tr("as at %1").arg(longDate(today))}.join(separator);
    kicker(doc, d);
    doc.heading(1, tr("Risk log"));
    doc.paragraph(tr("%1, as at %2").arg(scope, longDate(today)), ParagraphRole::Subtitle);
    std::array<int, 3> bands {};
    for (const Risk &risk : std::as_const(open)) {
        if (const auto review = currentReview(risk))
            ++bands[static_cast<size_t>(riskBand(review->score()))];
    }
    doc.paragraph(Inlines {label(tr("Red: %1").arg(bands[0]), Tone::Red), plain(QStringLiteral(" ")),
                           label(tr("Amber: %1").arg(bands[1]), Tone::Amber), plain(QStringLiteral(" ")),
                           label(tr("Green: %1").arg(bands[2]), Tone::Green), plain(separator),
                           plain(tr("Open: %1 \u00b7 closed: %2").arg(open.size()).arg(closed.size()))});
    doc.paragraph(tr("Rating = likelihood x impact, each 1 to 5: 1-4 green, 5-12 amber, 15-25 red."),
                  ParagraphRole::Note);

    // The heat map: impact 5 at the top, likelihood 1 to 5 across.
    doc.heading(2, tr("Heat map of open risks"));
    Table map;
    map.caption = tr("Open risks by likelihood (across) and impact (down)");
    map.header << cell(tr("Impact \u2193 / likelihood \u2192"));
    for (int likelihood = 1; likelihood <= 5; ++likelihood)
        map.header << cell(tr("Likelihood %1").arg(likelihood));
    map.columnPercent = {20, 16, 16, 16, 16, 16};
    for (int impact = 5; impact >= 1; --impact) {
        QList<TableCell> row {TableCell {{bold(tr("Impact %1").arg(impact))}}};
        for (int likelihood = 1; likelihood <= 5; ++likelihood) {
            const int score = likelihood * impact;
            const Rag band = riskBand(score);
            TableCell c {{label(QStringLiteral("%1 %2").arg(displayName(band)).arg(score), ragTone(band))}};
            QStringList here;
            for (int i = 0; i < open.size(); ++i) {
                const auto review = currentReview(open.at(i));
                if (review && review->likelihood == likelihood && review->impact == impact)
                    here << number(i);
            }
            if (!here.isEmpty())
                c.text << plain(QStringLiteral(" ")) << bold(here.join(QStringLiteral(", ")));
            row << c;
        }
        map.rows << row;
    }
    doc.table(map);

    auto riskTable = [&](const QList<Risk> &list, bool numbered, const QString &caption) {
        Table table;
        table.caption = caption;
        for (const QString &name : {tr("No."), tr("Risk"), tr("Owner"), tr("Rating"), tr("Previous"), tr("Reviewed")})
            table.header << cell(name);
        table.columnPercent = {6, 36, 18, 16, 12, 12};
        for (int i = 0; i < list.size(); ++i) {
            const Risk &risk = list.at(i);
            const auto now = currentReview(risk);
            const auto before = previousReview(risk);
            TableCell rating = cell(tr("Not yet rated"));
            if (now) {
                rating = TableCell {{label(QStringLiteral("%1 %2").arg(displayName(riskBand(now->score()))).arg(now->score()),
                                           ragTone(riskBand(now->score()))),
                                     plain(QStringLiteral(" (%1 x %2)").arg(now->likelihood).arg(now->impact))}};
            }
            QString trend;
            if (now && before) {
                trend = now->score() < before->score()   ? tr("%1, now lower").arg(before->score())
                    : now->score() > before->score()     ? tr("%1, now higher").arg(before->score())
                                                         : tr("%1, no change").arg(before->score());
            }
            QList<TableCell> row {cell(numbered ? number(i) : QString())};
            Inlines what {bold(risk.title)};
            if (!isOpen(risk, today))
                what << plain(QStringLiteral(" ") + tr("(closed %1)").arg(longDate(risk.closed)));
            row << TableCell {what} << cell(d.riskOwner(risk, options.leaveOutNames)) << rating << cell(trend)
                << cell(now ? longDate(now->date) : QString());
            table.rows << row;
        }
        return table;
    };
    doc.heading(2, tr("Open risks"));
    if (open.isEmpty())
        doc.paragraph(tr("There are no open risks."), ParagraphRole::Note);
    else
        doc.table(riskTable(open, true, tr("Open risks")));
    if (!closed.isEmpty()) {
        doc.heading(2, tr("Closed risks"));
        doc.table(riskTable(closed, false, tr("Closed risks")));
    }
    return doc.take();
}

Result<void> exportWorkplanReport(Store &store, const Id &workplan, const QString &path, DocumentFormat format,
                                  const ExportOptions &options)
{
    auto document = buildWorkplanReport(store, workplan, options);
    if (!document)
        return document.error();
    return writeDocument(*document, path, format, options.pageSize, store.path());
}

Result<void> exportActionLog(Store &store, const ActionLogOptions &which, const QString &path, DocumentFormat format,
                             const ExportOptions &options)
{
    auto document = buildActionLog(store, which, options);
    if (!document)
        return document.error();
    return writeDocument(*document, path, format, options.pageSize, store.path());
}

Result<void> exportRiskLog(Store &store, const Id &body, const QString &path, DocumentFormat format,
                           const ExportOptions &options)
{
    auto document = buildRiskLog(store, body, options);
    if (!document)
        return document.error();
    return writeDocument(*document, path, format, options.pageSize, store.path());
}

} // namespace bd
