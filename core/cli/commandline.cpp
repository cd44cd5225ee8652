#include "commandline.h"

#include "archive/generator.h"
#include "archive/transfer.h"
#include "documents/actionreports.h"
#include "documents/fundingexport.h"
#include "documents/minutes.h"
#include "documents/newsletter.h"
#include "domain/actionlog.h"
#include "store/audit.h"
#include "store/lock.h"
#include "store/store.h"
#include "util/clock.h"
#include "util/outputtarget.h"
#include "util/paths.h"
#include "util/terminaltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::CommandLine", text);
}

QString usageText()
{
    return tr("Usage: boarddesk-cli [--db FILE] COMMAND [ARGS]\n"
              "\n"
              "Commands:\n"
              "  init                                   create an empty database\n"
              "  demo                                   create a database holding the demo partnership\n"
              "  import ARCHIVE.json [--replace]        import an archive (all or nothing)\n"
              "  export archive -o FILE.json            write everything as an archive\n"
              "  export minutes (--meeting ID | --body ID --date YYYY-MM-DD) -o FILE [--format pdf|odt|html]\n"
              "         [--leave-out-names]             one meeting's minutes, as FILE's extension says;\n"
              "                                         --leave-out-names: people by agency only, for a public copy\n"
              "  export audit -o FILE.csv|FILE.json     the audit log: who changed what, when, before and after\n"
              "  export newsletter --number N -o FILE   an Information Update issue: .html (for email), .txt, .pdf, "
              ".odt\n"
              "  export workplan --id ID -o FILE          a workplan's RAG report: by priority, what changed "
              "since the last meeting\n"
              "  export actions [--body ID] [--changed-since YYYY-MM-DD] -o FILE\n"
              "                                         the action log; with a date, the actions whose RAG moved since\n"
              "  export risks [--body ID] -o FILE         the risk log with its heat map\n"
              "  list bodies|meetings|actions|case-reviews|funding|training [--year YYYY-YY] [--body ID]\n"
              "       actions also: [--overdue] [--rag red,amber,...]\n"
              "  check                                  integrity and reference checks\n"
              "  backup -o FILE                         a consistent copy, safe while the GUI is open\n"
              "  generate [--years N] [--scale large|small] -o FILE.json\n"
              "                                         a made-up partnership's archive, for benchmarks and tests\n"
              "                                         (large: 30 bodies, 12 meetings each a year; default 20 years)\n"
              "  --version, --help\n"
              "\n"
              "--db defaults to %1\n"
              "Exit status: 0 done, 1 failed, 2 usage error, 3 check found problems.\n")
        .arg(QDir::toNativeSeparators(defaultDatabasePath()));
}

// One run of the program: the parsed arguments and where to write.
class Run {
public:
    Run(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    int exec(const QStringList &arguments);

private:
    int usage(const QString &message)
    {
        m_err << tr("boarddesk-cli: %1").arg(terminalSafe(message)) << '\n'
              << tr("Try 'boarddesk-cli --help'.") << '\n';
        m_err.flush();
        return exitcode::usage;
    }
    int fail(const QString &message)
    {
        // One plain line, which may quote stored text: nothing in it reaches the terminal
        // as a control sequence.
        QString line = message;
        line.replace(QLatin1Char('\n'), QLatin1String("; "));
        m_err << terminalSafe(line) << '\n';
        m_err.flush();
        return exitcode::failed;
    }
    Result<std::unique_ptr<Store>> openStore(OpenOptions options);

    int init();
    int demo();
    int importCommand(const QStringList &args);
    int exportCommand(const QStringList &args);
    int list(const QStringList &args);
    int check();
    int backup();
    int exportMinutesCommand(const QString &output);
    int exportAuditCommand(const QString &output);
    int exportNewsletterCommand(const QString &output);
    int exportActionDocument(const QString &what, const QString &output);
    int exportFundingCommand(const QString &output);
    // The format -o's extension (or --format) asks for; a usage error's message otherwise.
    std::variant<DocumentFormat, QString> outputFormat(const QString &output);
    int generate();

    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    QString m_db;
};

Result<std::unique_ptr<Store>> Run::openStore(OpenOptions options)
{
    if (options.create) {
        if (auto folder = makeFolderFor(m_db); !folder)
            return folder.error();
    }
    return Store::open(m_db, options);
}

int Run::exec(const QStringList &arguments)
{
    const QCommandLineOption db(QStringLiteral("db"), tr("The database file."), QStringLiteral("FILE"));
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("output")}, tr("Output file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption replace(QStringLiteral("replace"), tr("Replace what the database holds."));
    const QCommandLineOption year(QStringLiteral("year"), tr("Financial year, YYYY-YY."), QStringLiteral("YEAR"));
    const QCommandLineOption body(QStringLiteral("body"), tr("Body id."), QStringLiteral("ID"));
    const QCommandLineOption meeting(QStringLiteral("meeting"), tr("Meeting id."), QStringLiteral("ID"));
    const QCommandLineOption date(QStringLiteral("date"), tr("Date, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption section(QStringLiteral("section"), tr("Report section."), QStringLiteral("KEY"));
    const QCommandLineOption number(QStringLiteral("number"), tr("Newsletter number."), QStringLiteral("N"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: pdf, odt or html."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    m_parser.addOptions({db, output, replace, year, body, meeting, date, section, number, format, help, version});
    m_parser.addOption(QCommandLineOption(QStringLiteral("leave-out-names"),
                                          tr("Leave people's names out of the minutes (a public copy).")));
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("years"), tr("Years of history to generate."), QStringLiteral("N")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("id"), tr("Record id."), QStringLiteral("ID")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("changed-since"),
                                          tr("Only what changed after this date, YYYY-MM-DD."), QStringLiteral("DATE")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("overdue"), tr("Only overdue actions.")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("rag"), tr("Only actions rated one of these: red,amber,..."),
                                          QStringLiteral("RAGS")));
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("scale"), tr("Size to generate: large or small."), QStringLiteral("SCALE")));

    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(help)) {
        m_out << usageText();
        return exitcode::ok;
    }
    if (m_parser.isSet(version)) {
        m_out << QStringLiteral("boarddesk-cli %1\n").arg(QStringLiteral(BOARDDESK_VERSION));
        return exitcode::ok;
    }
    if (m_parser.isSet(db) && m_parser.value(db).isEmpty())
        return usage(tr("--db needs a database file; it was given an empty name."));
    m_db = m_parser.isSet(db) ? m_parser.value(db) : defaultDatabasePath();

    const QStringList args = m_parser.positionalArguments();
    if (args.isEmpty())
        return usage(tr("no command given."));
    const QString command = args.constFirst();
    const QStringList rest = args.mid(1);
    auto noArguments = [&](const std::function<int()> &run) {
        return rest.isEmpty() ? run() : usage(tr("'%1' takes no arguments.").arg(command));
    };
    if (command == QLatin1String("init"))
        return noArguments([this] { return init(); });
    if (command == QLatin1String("demo"))
        return noArguments([this] { return demo(); });
    if (command == QLatin1String("import"))
        return importCommand(rest);
    if (command == QLatin1String("export"))
        return exportCommand(rest);
    if (command == QLatin1String("list"))
        return list(rest);
    if (command == QLatin1String("check"))
        return noArguments([this] { return check(); });
    if (command == QLatin1String("backup"))
        return noArguments([this] { return backup(); });
    if (command == QLatin1String("copy")) // the server mode's, in the contract (cli.md)
        return fail(tr("copy is not available in this version of BoardDesk yet."));
    if (command == QLatin1String("generate"))
        return noArguments([this] { return generate(); });
    return usage(tr("unknown command '%1'.").arg(command));
}

int Run::init()
{
    if (QFileInfo::exists(m_db))
        return fail(tr("%1 already exists; init creates a new database.").arg(QDir::toNativeSeparators(m_db)));
    auto store = openStore({});
    if (!store)
        return fail(store.errorMessage());
    m_out << tr("Created %1").arg(QDir::toNativeSeparators(m_db)) << '\n';
    return exitcode::ok;
}

int Run::demo()
{
    if (QFileInfo::exists(m_db))
        return fail(tr("%1 already exists; demo creates a new database.").arg(QDir::toNativeSeparators(m_db)));
    QFile archive(demoArchivePath());
    if (!archive.open(QIODevice::ReadOnly))
        return fail(tr("The demo partnership is missing from this program."));
    auto store = openStore({});
    if (!store)
        return fail(store.errorMessage());
    auto imported = importArchive(**store, archive.readAll(), QStringLiteral("northvale.json"), false);
    if (!imported) {
        store->reset();
        QFile::remove(m_db);
        return fail(imported.errorMessage());
    }
    m_out << tr("Created %1 holding the demo partnership").arg(QDir::toNativeSeparators(m_db)) << '\n';
    return exitcode::ok;
}

int Run::importCommand(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("import takes one archive file."));
    const QString path = args.constFirst();
    if (auto readable = checkArchiveFile(path); !readable)
        return fail(readable.errorMessage());
    // An import rewrites what the desktop program may have open: not behind its back.
    if (auto folder = makeFolderFor(m_db); !folder)
        return fail(tr("Nothing was imported: %1").arg(folder.errorMessage()));
    auto lock = DatabaseLock::acquire(m_db);
    if (!lock)
        return fail(tr("Nothing was imported: %1").arg(lock.errorMessage()));
    auto store = openStore({});
    if (!store)
        return fail(store.errorMessage());
    auto imported = importArchiveFile(**store, path, m_parser.isSet(QStringLiteral("replace")));
    if (!imported)
        return fail(imported.errorMessage());
    if (!imported->backupPath.isEmpty())
        m_out << tr("The database as it was is saved in %1").arg(QDir::toNativeSeparators(imported->backupPath))
              << '\n';
    m_out << tr("Imported %1 into %2").arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(m_db)) << '\n';
    return exitcode::ok;
}

int Run::exportCommand(const QStringList &args)
{
    if (args.isEmpty())
        return usage(tr("export needs what to export: archive, minutes, audit, report, newsletter, agenda, workplan, "
                        "actions, risks or funding."));
    const QString what = args.constFirst();
    if (args.size() > 1)
        return usage(tr("unexpected argument '%1'.").arg(args.at(1)));
    const QString output = m_parser.value(QStringLiteral("o"));
    if (output.isEmpty())
        return usage(tr("export %1 needs -o FILE.").arg(what));
    if (m_parser.isSet(QStringLiteral("leave-out-names")) && what != QLatin1String("minutes"))
        return usage(tr("--leave-out-names applies to export minutes only."));
    // Before any work: never the database, its files, another database or a device.
    if (auto allowed = checkOutputTarget(output, {.database = m_db}); !allowed)
        return fail(allowed.errorMessage());
    if (what == QLatin1String("archive")) {
        auto store = openStore({.readOnly = true, .create = false});
        if (!store)
            return fail(store.errorMessage());
        auto bytes = exportArchive(**store);
        if (!bytes)
            return fail(bytes.errorMessage());
        if (auto written = writeOutputFile(output, *bytes, {.database = m_db}); !written)
            return fail(written.errorMessage());
        return exitcode::ok;
    }
    if (what == QLatin1String("minutes"))
        return exportMinutesCommand(output);
    if (what == QLatin1String("audit"))
        return exportAuditCommand(output);
    if (what == QLatin1String("newsletter"))
        return exportNewsletterCommand(output);
    if (what == QLatin1String("workplan") || what == QLatin1String("actions") || what == QLatin1String("risks"))
        return exportActionDocument(what, output);
    if (what == QLatin1String("funding"))
        return exportFundingCommand(output);
    // In the contract (cli.md), arriving with their issues: a script that asks for one fails
    // plainly rather than with a usage error.
    static const QStringList coming {QStringLiteral("report"), QStringLiteral("agenda")};
    if (coming.contains(what))
        return fail(tr("export %1 is not available in this version of BoardDesk yet.").arg(what));
    return usage(tr("cannot export '%1': choose archive, minutes, audit, newsletter, workplan, actions, risks, "
                    "funding, %2.")
                     .arg(what, coming.join(QStringLiteral(", "))));
}

int Run::exportFundingCommand(const QString &output)
{
    const auto year = FinancialYear::parse(m_parser.value(QStringLiteral("year")));
    if (!year)
        return usage(tr("export funding needs --year YYYY-YY, a financial year such as 2018-19."));
    if (!output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return usage(tr("export funding writes .csv; %1 is not a .csv file.").arg(QDir::toNativeSeparators(output)));
    auto store = openStore({.readOnly = true, .create = false});
    if (!store)
        return fail(store.errorMessage());
    if (auto written = exportFundingCsv(**store, *year, output, m_db); !written)
        return fail(written.errorMessage());
    return exitcode::ok;
}

int Run::exportNewsletterCommand(const QString &output)
{
    bool isNumber = false;
    const int number = m_parser.value(QStringLiteral("number")).toInt(&isNumber);
    if (!isNumber || number < 1)
        return usage(tr("export newsletter needs --number N, the issue's number."));
    if (!newsletterFormatForPath(output))
        return usage(tr("export newsletter writes .html, .txt, .pdf or .odt; %1 is none of them.").arg(output));
    auto store = openStore({.readOnly = true, .create = false});
    if (!store)
        return fail(store.errorMessage());
    if (auto written = exportNewsletter(**store, number, output, ExportOptions::fromSettings()); !written)
        return fail(written.errorMessage());
    return exitcode::ok;
}

std::variant<DocumentFormat, QString> Run::outputFormat(const QString &output)
{
    if (m_parser.isSet(QStringLiteral("format"))) {
        if (const auto format = documentFormatFromName(m_parser.value(QStringLiteral("format"))))
            return *format;
        return tr("--format must be pdf, odt or html, not '%1'.").arg(m_parser.value(QStringLiteral("format")));
    }
    if (const auto format = documentFormatForPath(output))
        return *format;
    return tr("cannot tell the format of '%1': name it .pdf, .odt or .html, or give --format.")
        .arg(QDir::toNativeSeparators(output));
}

int Run::exportActionDocument(const QString &what, const QString &output)
{
    const bool workplan = what == QLatin1String("workplan");
    const bool actions = what == QLatin1String("actions");
    if (workplan && !m_parser.isSet(QStringLiteral("id")))
        return usage(tr("export workplan needs --id ID, the workplan's id."));
    if (!workplan && m_parser.isSet(QStringLiteral("id")))
        return usage(tr("--id applies to export workplan; export %1 takes --body ID.").arg(what));
    if (workplan && m_parser.isSet(QStringLiteral("body")))
        return usage(tr("export workplan takes --id ID, not --body."));
    if (!actions && m_parser.isSet(QStringLiteral("changed-since")))
        return usage(tr("--changed-since applies to export actions only."));
    ActionLogOptions which;
    which.body = m_parser.value(QStringLiteral("body"));
    if (m_parser.isSet(QStringLiteral("changed-since"))) {
        which.changedSince = QDate::fromString(m_parser.value(QStringLiteral("changed-since")), Qt::ISODate);
        if (!which.changedSince.isValid())
            return usage(tr("--changed-since must be a date such as 2024-03-31."));
    }
    const auto format = outputFormat(output);
    if (const auto *message = std::get_if<QString>(&format))
        return usage(*message);
    const DocumentFormat chosen = std::get<DocumentFormat>(format);

    auto store = openStore({.readOnly = true, .create = false});
    if (!store)
        return fail(store.errorMessage());
    const ExportOptions options = ExportOptions::fromSettings();
    Result<void> written = workplan
        ? exportWorkplanReport(**store, m_parser.value(QStringLiteral("id")), output, chosen, options)
        : actions ? exportActionLog(**store, which, output, chosen, options)
                  : exportRiskLog(**store, which.body, output, chosen, options);
    if (!written)
        return fail(written.errorMessage());
    return exitcode::ok;
}

int Run::exportMinutesCommand(const QString &output)
{
    const QString which = tr("export minutes needs --meeting ID, or --body ID and --date YYYY-MM-DD.");
    const bool byId = m_parser.isSet(QStringLiteral("meeting"));
    const bool byBody = m_parser.isSet(QStringLiteral("body"));
    const bool byDate = m_parser.isSet(QStringLiteral("date"));
    if (byId == (byBody || byDate) || byBody != byDate)
        return usage(which);
    QDate date;
    if (byDate) {
        date = QDate::fromString(m_parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return usage(tr("--date must be a date such as 2018-07-10."));
    }
    const auto chosen = outputFormat(output);
    if (const auto *message = std::get_if<QString>(&chosen))
        return usage(*message);
    const DocumentFormat format = std::get<DocumentFormat>(chosen);

    auto store = openStore({.readOnly = true, .create = false});
    if (!store)
        return fail(store.errorMessage());
    Id meeting = m_parser.value(QStringLiteral("meeting"));
    if (byBody) {
        auto found = findMeeting(**store, m_parser.value(QStringLiteral("body")), date);
        if (!found)
            return fail(found.errorMessage());
        meeting = *found;
    }
    ExportOptions options = ExportOptions::fromSettings();
    options.leaveOutNames = m_parser.isSet(QStringLiteral("leave-out-names"));
    if (auto written = exportMinutes(**store, meeting, output, format, options); !written)
        return fail(written.errorMessage());
    return exitcode::ok;
}

int Run::exportAuditCommand(const QString &output)
{
    const QString suffix = QFileInfo(output).suffix().toLower();
    const bool json = suffix == QLatin1String("json");
    if (!json && suffix != QLatin1String("csv"))
        return usage(
            tr("cannot tell the format of '%1': name it .csv or .json.").arg(QDir::toNativeSeparators(output)));
    auto store = openStore({.readOnly = true, .create = false});
    if (!store)
        return fail(store.errorMessage());
    auto entries = audit::read((*store)->database(), AuditFilter {});
    if (!entries)
        return fail(entries.errorMessage());
    const QByteArray bytes = json ? auditLogToJson(*entries) : auditLogToCsv(*entries);
    if (auto written = writeOutputFile(output, bytes, {.database = m_db}); !written)
        return fail(written.errorMessage());
    return exitcode::ok;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

int countEntries(const QList<Entry> &entries)
{
    int count = 0;
    for (const Entry &entry : entries)
        count += 1 + countEntries(entry.children);
    return count;
}

int Run::list(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("list needs one of bodies, meetings, actions, case-reviews, funding, training."));
    const QString what = args.constFirst();
    ListFilter filter;
    if (m_parser.isSet(QStringLiteral("year"))) {
        const auto year = FinancialYear::parse(m_parser.value(QStringLiteral("year")));
        if (!year)
            return usage(tr("--year must be a financial year such as 2018-19."));
        filter.year = *year;
    }
    filter.body = m_parser.value(QStringLiteral("body"));

    const QStringList known {QStringLiteral("bodies"),       QStringLiteral("meetings"), QStringLiteral("actions"),
                             QStringLiteral("case-reviews"), QStringLiteral("funding"),  QStringLiteral("training")};
    if (!known.contains(what))
        return usage(
            tr("cannot list '%1': choose bodies, meetings, actions, case-reviews, funding or training.").arg(what));
    if (!filter.body.isEmpty() && known.indexOf(what) >= known.indexOf(QLatin1String("case-reviews")))
        return usage(tr("--body does not apply to list %1.").arg(what));
    ActionFilter actionFilter;
    if (what != QLatin1String("actions")
        && (m_parser.isSet(QStringLiteral("overdue")) || m_parser.isSet(QStringLiteral("rag"))))
        return usage(tr("--overdue and --rag apply to list actions only."));
    actionFilter.overdue = m_parser.isSet(QStringLiteral("overdue"));
    if (m_parser.isSet(QStringLiteral("rag"))) {
        for (const QString &name : m_parser.value(QStringLiteral("rag")).split(QLatin1Char(','))) {
            const auto rag = enumFromKey<Rag>(name.trimmed());
            if (!rag)
                return usage(tr("--rag takes red, amber, green or complete, separated by commas; not '%1'.").arg(name));
            actionFilter.rags << *rag;
        }
    }

    auto store = openStore({.readOnly = true, .create = false});
    if (!store)
        return fail(store.errorMessage());
    Store &s = **store;
    auto row = [this](const QStringList &fields) {
        QStringList cells;
        for (const QString &field : fields)
            cells << terminalSafe(field, Backslashes::Escaped);
        m_out << cells.join(QLatin1Char('\t')) << '\n';
    };

    if (what == QLatin1String("bodies")) {
        auto bodies = s.list<Body>(filter);
        if (!bodies)
            return fail(bodies.errorMessage());
        row({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("concluded")});
        for (const Body &b : std::as_const(*bodies))
            row({b.id, enumKey(b.kind), b.name, isoDate(b.concluded)});
    } else if (what == QLatin1String("meetings")) {
        auto meetings = s.meetingSummaries(filter);
        if (!meetings)
            return fail(meetings.errorMessage());
        row({QStringLiteral("id"), QStringLiteral("body"), QStringLiteral("date"), QStringLiteral("status"),
             QStringLiteral("minutes"), QStringLiteral("entries")});
        for (const MeetingSummary &m : std::as_const(*meetings))
            row({m.id, m.body, isoDate(m.date), enumKey(m.status), enumKey(m.minutes), QString::number(m.entryCount)});
    } else if (what == QLatin1String("actions")) {
        auto listed = s.list<Action>(filter);
        if (!listed)
            return fail(listed.errorMessage());
        // Overdue leaves out what was carried forward, so the whole body's log is looked at.
        QList<Action> actions = filterActions(*listed, actionFilter, Clock::today());
        if (actionFilter.overdue && filter.year.isValid()) {
            ListFilter ofBody;
            ofBody.body = filter.body;
            auto everything = s.list<Action>(ofBody);
            if (!everything)
                return fail(everything.errorMessage());
            const QSet<Id> carriedOn = carriedForwardIds(*everything);
            actions.removeIf([&](const Action &a) { return carriedOn.contains(a.id); });
        }
        row({QStringLiteral("id"), QStringLiteral("body"), QStringLiteral("workplan"), QStringLiteral("due"),
             QStringLiteral("rag"), QStringLiteral("text")});
        for (const Action &a : std::as_const(actions)) {
            const auto rag = a.currentRag();
            row({a.id, a.body, a.workplan, isoDate(a.due), rag ? enumKey(*rag) : QString(), a.text});
        }
    } else if (what == QLatin1String("funding")) {
        auto funding = s.list<Funding>(filter);
        if (!funding)
            return fail(funding.errorMessage());
        row({QStringLiteral("year"), QStringLiteral("agency"), QStringLiteral("amount")});
        for (const Funding &f : std::as_const(*funding))
            row({f.year.toString(), f.agency, plainPounds(f.amountPence)});
    } else if (what == QLatin1String("training")) {
        auto sessions = s.list<TrainingSession>(filter);
        if (!sessions)
            return fail(sessions.errorMessage());
        row({QStringLiteral("id"), QStringLiteral("course"), QStringLiteral("date"), QStringLiteral("status"),
             QStringLiteral("attendees"), QStringLiteral("cancelReason")});
        for (const TrainingSession &t : std::as_const(*sessions))
            row({t.id, t.course, isoDate(t.date), enumKey(t.status),
                 t.attendees ? QString::number(*t.attendees) : QString(),
                 t.cancelReason ? enumKey(*t.cancelReason) : QString()});
    } else {
        auto reviews = s.list<CaseReview>(filter);
        if (!reviews)
            return fail(reviews.errorMessage());
        row({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("notified"),
             QStringLiteral("status")});
        for (const CaseReview &r : std::as_const(*reviews))
            row({r.id, r.name, enumKey(r.type), isoDate(r.notified), enumKey(r.status)});
    }
    return exitcode::ok;
}

int Run::check()
{
    auto store = openStore({.readOnly = true, .create = false});
    if (!store)
        return fail(store.errorMessage());
    auto problems = (*store)->database().check();
    if (!problems)
        return fail(problems.errorMessage());
    if (problems->isEmpty()) {
        m_out << tr("%1: no problems found").arg(QDir::toNativeSeparators(m_db)) << '\n';
        return exitcode::ok;
    }
    for (const QString &problem : std::as_const(*problems))
        m_out << terminalSafe(problem) << '\n';
    return exitcode::problems;
}

int Run::backup()
{
    const QString output = m_parser.value(QStringLiteral("o"));
    if (output.isEmpty())
        return usage(tr("backup needs -o FILE."));
    // An earlier backup may be replaced (a nightly copy under one name); nothing else that
    // checkOutputTarget refuses.
    if (auto allowed = checkOutputTarget(output, {.database = m_db, .mayReplaceBackup = true}); !allowed)
        return fail(allowed.errorMessage());
    if (auto folder = checkOutputFolder(output); !folder)
        return fail(folder.errorMessage());
    auto store = openStore({.readOnly = true, .create = false});
    if (!store)
        return fail(store.errorMessage());
    if (auto saved = (*store)->database().backupTo(output); !saved)
        return fail(saved.errorMessage());
    m_out << tr("Backed up %1 to %2").arg(QDir::toNativeSeparators(m_db), QDir::toNativeSeparators(output)) << '\n';
    return exitcode::ok;
}

int Run::generate()
{
    const QString output = m_parser.value(QStringLiteral("o"));
    if (output.isEmpty())
        return usage(tr("generate needs -o FILE.json."));
    GeneratorOptions options;
    if (m_parser.isSet(QStringLiteral("years"))) {
        bool ok = false;
        options.years = m_parser.value(QStringLiteral("years")).toInt(&ok);
        if (!ok || options.years < 1 || options.years > 50)
            return usage(tr("--years must be a whole number from 1 to 50."));
    }
    if (m_parser.isSet(QStringLiteral("scale"))) {
        const auto scale = generatorScaleFromName(m_parser.value(QStringLiteral("scale")));
        if (!scale)
            return usage(tr("--scale must be large or small, not '%1'.").arg(m_parser.value(QStringLiteral("scale"))));
        options.scale = *scale;
    }
    if (auto allowed = checkOutputTarget(output, {.database = m_db}); !allowed)
        return fail(allowed.errorMessage());
    if (auto written = writeOutputFile(output, generateArchive(options), {.database = m_db}); !written)
        return fail(written.errorMessage());
    m_out << tr("Wrote %1").arg(QDir::toNativeSeparators(output)) << '\n';
    return exitcode::ok;
}

} // namespace

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Run run(out, err);
    const int status = run.exec(arguments);
    out.flush();
    err.flush();
    return status;
}

} // namespace bd
