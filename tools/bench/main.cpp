// boarddesk-bench: twenty years of a large partnership, and how fast BoardDesk is on it.
//
//   boarddesk-bench [--archive FILE] [--years N] [--scale large|small] [--json FILE]
//                   [--work DIR] [--keep] [--searches N] [--skip-libreoffice]
//                   [--database FILE] [--gui FILE] [--cli FILE]
//
// Without --archive it generates the archive first (boarddesk-cli generate). Then it
// measures, and prints one figure a line ("import_s 7.9"); --json also writes them as one
// JSON object. A figure that cannot be measured here is null. See docs/benchmarks.md for
// what each figure is and the targets.
#include "archive/generator.h"
#include "archive/transfer.h"
#include "documents/minutes.h"
#include "store/search.h"
#include "store/store.h"
#include "util/outputtarget.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <vector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace bd;

namespace {

void note(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

[[noreturn]] void die(const QString &text)
{
    note(QStringLiteral("boarddesk-bench: ") + text);
    std::exit(1);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(std::ceil(p * double(values.size())));
    return values[std::min(values.size(), std::max<std::size_t>(rank, 1)) - 1];
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Peak resident memory of this process so far (VmHWM), in KiB.
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Processor time this process has used since it was made (user and system).
class CpuClock
{
public:
    CpuClock() : m_start(now()) {}
    double seconds() const { return now() - m_start; }

private:
    static double now()
    {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
               + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    double m_start;
};

// Small random numbers of our own, so the words searched for are the same every run.
struct Random {
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int bound) { return bound <= 1 ? 0 : int(next() % quint64(bound)); }
};

// The floor: the same queries straight on SQLite's C API, statements prepared once.
class Floor
{
public:
    explicit Floor(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            die(QStringLiteral("cannot open %1 with SQLite: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    ~Floor()
    {
        for (sqlite3_stmt *stmt : m_statements)
            sqlite3_finalize(stmt);
        sqlite3_close(m_db);
    }
    Floor(const Floor &) = delete;
    Floor &operator=(const Floor &) = delete;

    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
            die(QStringLiteral("cannot prepare %1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(m_db))));
        m_statements.push_back(stmt);
        return stmt;
    }

    // Runs \a stmt with text values bound, reading every column of every row as the store
    // does (text as text, numbers as numbers). Returns the rows.
    static int run(sqlite3_stmt *stmt, std::initializer_list<QByteArray> values)
    {
        int i = 1;
        for (const QByteArray &value : values)
            sqlite3_bind_text(stmt, i++, value.constData(), int(value.size()), SQLITE_STATIC);
        int rows = 0;
        volatile std::size_t sink = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            ++rows;
            const int columns = sqlite3_column_count(stmt);
            for (int c = 0; c < columns; ++c) {
                if (sqlite3_column_type(stmt, c) == SQLITE_INTEGER)
                    sink = sink + std::size_t(sqlite3_column_int64(stmt, c));
                else if (const unsigned char *text = sqlite3_column_text(stmt, c))
                    sink = sink + std::size_t(text[0]) + std::size_t(sqlite3_column_bytes(stmt, c));
            }
        }
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        return rows;
    }

    // All rows of a one-column query, as text.
    QStringList column(const char *sql)
    {
        sqlite3_stmt *stmt = prepare(sql);
        QStringList list;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            list << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_reset(stmt);
        return list;
    }

private:
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
};

struct Figures {
    std::optional<double> importS, openMs, searchP95Ms, yearListMs, meetingLoadMs, floorRatio, minutesPdfMs,
        minutesVsLibreOffice, peakRssMb;
};

QString figure(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("null");
}

// The figures in the order the issue lists them, as (key, value) pairs.
QList<std::pair<QString, QString>> rows(const Figures &f)
{
    return {{QStringLiteral("import_s"), figure(f.importS, 2)},
            {QStringLiteral("open_ms"), figure(f.openMs, 0)},
            {QStringLiteral("search_p95_ms"), figure(f.searchP95Ms, 2)},
            {QStringLiteral("year_list_ms"), figure(f.yearListMs, 3)},
            {QStringLiteral("meeting_load_ms"), figure(f.meetingLoadMs, 3)},
            {QStringLiteral("floor_ratio"), figure(f.floorRatio, 2)},
            {QStringLiteral("minutes_pdf_ms"), figure(f.minutesPdfMs, 1)},
            {QStringLiteral("minutes_vs_libreoffice"), figure(f.minutesVsLibreOffice, 1)},
            {QStringLiteral("peak_rss_mb"), figure(f.peakRssMb, 0)},
            // The annual report arrives later; until then these are null.
            {QStringLiteral("report_pdf_ms"), QStringLiteral("null")},
            {QStringLiteral("report_vs_libreoffice"), QStringLiteral("null")}};
}

// Runs a program to the end; returns its exit status, or nothing if it could not run.
std::optional<int> runProgram(const QString &program, const QStringList &arguments, int timeoutMs,
                              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return std::nullopt;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    return process.exitStatus() == QProcess::NormalExit ? std::optional<int>(process.exitCode()) : std::nullopt;
}

struct OpenRun {
    double ms = 0;          // from QProcess::start to the line that says the window is shown
    qint64 sinceStartMs = -1; // the program's own reading, from its start time in /proc
    qint64 peakKb = -1;
};

// Starts the desktop program on \a db and waits for it to say its window is shown.
std::optional<OpenRun> openOnce(const QString &gui, const QString &db, const QString &work)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("BOARDDESK_BENCH_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
    // Settings and recent files of the benchmark's own, never the user's.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), work + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), work + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), work + QStringLiteral("/cache"));
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(gui, {QStringLiteral("--db"), db});
    if (!process.waitForStarted(10000))
        return std::nullopt;
    static const QRegularExpression shown(QStringLiteral("boarddesk-bench shown=(\\d) since_start_ms=(-?\\d+) vmhwm_kb=(-?\\d+)"));
    QByteArray output;
    std::optional<OpenRun> run;
    while (!run && timer.elapsed() < 60000) {
        if (!process.waitForReadyRead(1000) && process.state() == QProcess::NotRunning)
            break;
        output += process.readAllStandardOutput();
        const auto match = shown.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            if (match.captured(1) != QLatin1String("1"))
                break;
            run = OpenRun{msSince(timer), match.captured(2).toLongLong(), match.captured(3).toLongLong()};
        }
    }
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
    if (!run)
        note(QStringLiteral("the desktop program did not show the partnership: %1 %2")
                 .arg(QString::fromUtf8(output), QString::fromUtf8(process.readAllStandardError())));
    return run;
}

// Words of four letters or more from bullets picked at random: common words come up as
// often as they are used, rare ones rarely.
QStringList searchTerms(Floor &floor, int count)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
    const QStringList texts = floor.column("SELECT text FROM entries ORDER BY id");
    if (texts.isEmpty())
        die(QStringLiteral("the database holds no bullets to search for"));
    Random random{20240401};
    QStringList terms;
    while (terms.size() < count) {
        const QString &text = texts.at(random.below(int(texts.size())));
        QStringList words;
        for (auto it = word.globalMatch(text); it.hasNext();)
            words << it.next().captured(0);
        if (!words.isEmpty())
            terms << words.at(random.below(int(words.size()))).toLower();
    }
    return terms;
}

void clearRowIds(QList<Entry> &entries)
{
    for (Entry &entry : entries) {
        entry.rowId = 0;
        clearRowIds(entry.children);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("boarddesk-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures BoardDesk on twenty years of a large partnership."));
    parser.addHelpOption();
    const QCommandLineOption archiveOption(QStringLiteral("archive"), QStringLiteral("Use this archive instead of generating one."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("Years to generate (default 20)."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("large (default) or small."),
                                         QStringLiteral("SCALE"), QStringLiteral("large"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the figures to FILE as JSON."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("Folder for the archive and databases (default: a new one under the temporary folder)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the work folder."));
    const QCommandLineOption searchesOption(QStringLiteral("searches"), QStringLiteral("Searches to time (default 200)."),
                                            QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption noOfficeOption(QStringLiteral("skip-libreoffice"), QStringLiteral("Do not time LibreOffice."));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Measure this database, imported before (no import_s); it gains a meeting."),
                                            QStringLiteral("FILE"));
    // The programs it starts: those of this build, unless told otherwise (a copy made so
    // that a rebuild cannot replace them half-way through a run).
    const QCommandLineOption guiOption(QStringLiteral("gui"), QStringLiteral("The desktop program to time (default: this build's)."),
                                       QStringLiteral("FILE"), QStringLiteral(BOARDDESK_GUI_PATH));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("The boarddesk-cli that generates (default: this build's)."),
                                       QStringLiteral("FILE"), QStringLiteral(BOARDDESK_CLI_PATH));
    parser.addOptions({archiveOption, yearsOption, scaleOption, jsonOption, workOption, keepOption, searchesOption, noOfficeOption,
                       databaseOption, guiOption, cliOption});
    parser.process(app);

    const auto scale = generatorScaleFromName(parser.value(scaleOption));
    bool yearsOk = false;
    const int years = parser.value(yearsOption).toInt(&yearsOk);
    if (!scale || !yearsOk || years < 1 || years > 50) {
        note(QStringLiteral("boarddesk-bench: --scale must be large or small, --years 1 to 50"));
        return 2;
    }

    std::optional<QTemporaryDir> temp;
    QString work = parser.value(workOption);
    if (work.isEmpty()) {
        temp.emplace(QDir::tempPath() + QStringLiteral("/boarddesk-bench-XXXXXX"));
        if (!temp->isValid())
            die(QStringLiteral("cannot make a work folder"));
        temp->setAutoRemove(!parser.isSet(keepOption));
        work = temp->path();
    } else {
        QDir().mkpath(work);
    }
    note(QStringLiteral("work folder: %1").arg(work));
    Figures figures;

    // 1. The archive --------------------------------------------------------------------
    const bool given = parser.isSet(databaseOption);
    QString archivePath = parser.value(archiveOption);
    if (archivePath.isEmpty() && !given) {
        archivePath = work + QStringLiteral("/archive.json");
        QElapsedTimer timer;
        timer.start();
        // In a process of its own, so the records it builds do not count in our memory.
        const auto status = runProgram(parser.value(cliOption),
                                       {QStringLiteral("generate"), QStringLiteral("--years"), QString::number(years),
                                        QStringLiteral("--scale"), parser.value(scaleOption), QStringLiteral("-o"), archivePath},
                                       600000);
        if (status != 0)
            die(QStringLiteral("boarddesk-cli generate failed"));
        note(QStringLiteral("generated %1 (%2 MB) in %3 s")
                 .arg(archivePath)
                 .arg(double(QFileInfo(archivePath).size()) / 1e6, 0, 'f', 1)
                 .arg(msSince(timer) / 1000, 0, 'f', 1));
    }

    // 2. Import into a new file -----------------------------------------------------------
    const QString dbPath = given ? parser.value(databaseOption) : work + QStringLiteral("/bench.boarddesk");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!given)
            QFile::remove(dbPath + suffix);
    }
    if (!given) {
        const CpuClock cpu;
        QElapsedTimer timer;
        timer.start();
        auto store = Store::open(dbPath);
        if (!store)
            die(store.errorMessage());
        // As boarddesk-cli import does: the file read in place, record by record.
        auto imported = importArchiveFile(**store, archivePath, false);
        if (!imported)
            die(imported.errorMessage());
        figures.importS = msSince(timer) / 1000;
        note(QStringLiteral("imported into %1 (%2 MB) in %3 s (%4 s of processor time); peak memory so far %5 MB")
                 .arg(dbPath)
                 .arg(double(QFileInfo(dbPath).size()) / 1e6, 0, 'f', 1)
                 .arg(*figures.importS, 0, 'f', 2)
                 .arg(cpu.seconds(), 0, 'f', 2)
                 .arg(double(peakRssKb()) / 1024, 0, 'f', 0));
    }
    const qint64 benchPeakAfterImportKb = peakRssKb();

    // 3. Opening in the desktop program ---------------------------------------------------
    qint64 guiPeakKb = -1;
    {
        std::vector<double> times;
        std::vector<double> ownTimes;
        for (int i = 0; i < 6; ++i) {
            auto run = openOnce(parser.value(guiOption), dbPath, work);
            if (!run)
                break;
            guiPeakKb = std::max(guiPeakKb, run->peakKb);
            if (i == 0)
                continue; // the first start loads the libraries from disk
            times.push_back(run->ms);
            ownTimes.push_back(double(run->sinceStartMs));
        }
        if (!times.empty()) {
            figures.openMs = median(times);
            note(QStringLiteral("open: median of %1 starts %2 ms (the program's own clock: %3 ms); its peak memory %4 MB")
                     .arg(times.size())
                     .arg(*figures.openMs, 0, 'f', 0)
                     .arg(median(ownTimes), 0, 'f', 0)
                     .arg(double(guiPeakKb) / 1024, 0, 'f', 0));
        }
    }

    auto opened = Store::open(dbPath);
    if (!opened)
        die(opened.errorMessage());
    Store &store = **opened;
    Floor floor(dbPath);

    // 4. Search ---------------------------------------------------------------------------
    {
        bool ok = false;
        const int count = std::max(1, parser.value(searchesOption).toInt(&ok));
        const QStringList terms = searchTerms(floor, count);
        for (int i = 0; i < 5; ++i)
            (void)search(store, terms.at(i % terms.size()), 50);
        std::vector<double> times;
        std::vector<std::pair<double, QString>> slowest;
        qint64 hits = 0;
        for (const QString &term : terms) {
            QElapsedTimer timer;
            timer.start();
            auto found = search(store, term, 50);
            const double ms = msSince(timer);
            if (!found)
                die(found.errorMessage());
            hits += found->size();
            times.push_back(ms);
            slowest.emplace_back(ms, term);
        }
        figures.searchP95Ms = percentile(times, 0.95);
        std::sort(slowest.begin(), slowest.end(), std::greater<>());
        QStringList worst;
        for (std::size_t i = 0; i < std::min<std::size_t>(5, slowest.size()); ++i)
            worst << QStringLiteral("%1 (%2 ms)").arg(slowest[i].second).arg(slowest[i].first, 0, 'f', 1);
        note(QStringLiteral("search: %1 searches, median %2 ms, p95 %3 ms, %4 hits in all; slowest: %5")
                 .arg(times.size())
                 .arg(median(times), 0, 'f', 2)
                 .arg(*figures.searchP95Ms, 0, 'f', 2)
                 .arg(hits)
                 .arg(worst.join(QStringLiteral(", "))));
    }

    // 5. A year's meetings, one meeting, and the floor --------------------------------------
    {
        auto partnership = store.partnership();
        const YearStart start = partnership ? partnership->financialYearStart : YearStart{};
        const QStringList lastDates = floor.column("SELECT MAX(date) FROM meetings");
        const QDate last = lastDates.isEmpty() ? QDate() : QDate::fromString(lastDates.constFirst(), Qt::ISODate);
        if (!last.isValid())
            die(QStringLiteral("the database holds no meetings"));
        // A year in the middle of the history.
        const FinancialYear year(FinancialYear::containing(last, start).startYear() - years / 2);
        const QByteArray from = year.firstDay(start).toString(Qt::ISODate).toUtf8();
        const QByteArray to = year.lastDay(start).toString(Qt::ISODate).toUtf8();
        sqlite3_stmt *yearList = floor.prepare(
            "SELECT m.id, m.body, m.date, m.time, m.location, m.status, m.minutes, "
            "(SELECT COUNT(*) FROM entries e WHERE e.meeting = m.id) FROM meetings m "
            "WHERE m.date BETWEEN ? AND ? ORDER BY m.date, m.time, m.id");
        std::vector<double> ours, base;
        int meetingsInYear = 0;
        for (int i = 0; i < 40; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto list = store.meetingSummaries(ListFilter{{}, year});
            ours.push_back(msSince(timer));
            if (!list)
                die(list.errorMessage());
            meetingsInYear = int(list->size());
            timer.start();
            Floor::run(yearList, {from, to});
            base.push_back(msSince(timer));
        }
        figures.yearListMs = median(ours);
        const double yearFloor = median(base);
        note(QStringLiteral("year list: %1 meetings of %2, %3 ms (floor %4 ms)")
                 .arg(meetingsInYear)
                 .arg(year.toString())
                 .arg(*figures.yearListMs, 0, 'f', 3)
                 .arg(yearFloor, 0, 'f', 3));

        // What Store::get<Meeting> asks, on the C API: the row, attendance, bullets with their
        // priorities.
        sqlite3_stmt *row = floor.prepare("SELECT id, body, date, time, location, status, minutes, approved_on, "
                                          "cases_reviewed FROM meetings WHERE id = ?");
        sqlite3_stmt *attendance = floor.prepare(
            "SELECT meeting, person, status, deputy_for FROM attendance WHERE meeting = ? ORDER BY position");
        sqlite3_stmt *entries = floor.prepare(
            "SELECT meeting, id, parent, position, kind, text, (SELECT group_concat(priority, ' ') FROM (SELECT priority "
            "FROM entry_priorities WHERE entry = entries.id ORDER BY position)) FROM entries WHERE meeting = ? "
            "ORDER BY position");
        const QStringList ids = floor.column("SELECT id FROM meetings ORDER BY id");
        Random random{7};
        ours.clear();
        base.clear();
        for (int i = 0; i < 200; ++i) {
            const QString id = ids.at(random.below(int(ids.size())));
            const QByteArray key = id.toUtf8();
            QElapsedTimer timer;
            timer.start();
            auto meeting = store.get<Meeting>(id);
            ours.push_back(msSince(timer));
            if (!meeting || !*meeting)
                die(QStringLiteral("meeting %1 did not load").arg(id));
            timer.start();
            Floor::run(row, {key});
            Floor::run(attendance, {key});
            Floor::run(entries, {key});
            base.push_back(msSince(timer));
        }
        figures.meetingLoadMs = median(ours);
        const double meetingFloor = median(base);
        note(QStringLiteral("meeting load: %1 ms (floor %2 ms)").arg(*figures.meetingLoadMs, 0, 'f', 3).arg(meetingFloor, 0, 'f', 3));
        figures.floorRatio = std::max(*figures.yearListMs / yearFloor, *figures.meetingLoadMs / meetingFloor);
    }

    // 6. Minutes of a sixty-bullet meeting --------------------------------------------------
    {
        // Two of the board's meetings' bullets in one new meeting, with actions raised at it.
        // One made by an earlier run on this database goes first, so it is not one of the two.
        const Id sixtyId = QStringLiteral("bench-sixty-bullets");
        if (auto old = store.get<Meeting>(sixtyId); old && *old) {
            for (int i = 1; i <= 4; ++i) {
                Action action;
                action.id = QStringLiteral("bench-sixty-action-%1").arg(i);
                (void)store.remove(action);
            }
            (void)store.remove(**old);
        }
        auto boardMeetings = store.meetingSummaries(ListFilter{QStringLiteral("board"), {}});
        if (!boardMeetings || boardMeetings->size() < 2)
            die(QStringLiteral("the archive has no board with two meetings"));
        auto a = store.get<Meeting>(boardMeetings->at(boardMeetings->size() - 2).id);
        auto b = store.get<Meeting>(boardMeetings->constLast().id);
        if (!a || !*a || !b || !*b)
            die(QStringLiteral("the board's meetings did not load"));
        Meeting sixty = **a;
        sixty.id = sixtyId;
        sixty.date = (*b)->date.addDays(28);
        sixty.minutes = MinutesStatus::Draft;
        sixty.approvedOn = QDate();
        sixty.entries += (*b)->entries;
        clearRowIds(sixty.entries);
        if (auto added = store.insert(sixty); !added)
            die(added.errorMessage());
        for (int i = 1; i <= 4; ++i) {
            Action action;
            action.id = QStringLiteral("bench-sixty-action-%1").arg(i);
            action.body = sixty.body;
            action.text = sixty.entries.at(i).text;
            action.ref = QStringLiteral("%1.1").arg(i);
            action.raisedAt = sixty.id;
            action.owner = sixty.attendance.value(i).person;
            action.due = sixty.date.addMonths(3);
            action.reviews << ActionReview{sixty.date, Rag(i % 4), QStringLiteral("Raised at the meeting."), sixty.id};
            if (auto added = store.insert(action); !added)
                die(added.errorMessage());
        }
        const QString pdf = work + QStringLiteral("/minutes.pdf");
        const QString odt = work + QStringLiteral("/minutes.odt");
        // The archive and databases this run wrote are still going to disk; the minutes are
        // committed with a sync, which would wait for them too. Their time is not the minutes'.
#ifdef Q_OS_UNIX
        ::sync();
#endif
        std::vector<double> times;
        // This machine's pace wanders by a third from second to second (a shared virtual
        // machine): the median of many.
        for (int i = 0; i < 26; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (auto written = exportMinutes(store, sixty.id, pdf, DocumentFormat::Pdf); !written)
                die(written.errorMessage());
            if (i > 0) // the first one loads fonts
                times.push_back(msSince(timer));
        }
        figures.minutesPdfMs = median(times);
        note(QStringLiteral("minutes: fastest %1 ms, slowest %2 ms of %3")
                 .arg(*std::min_element(times.begin(), times.end()), 0, 'f', 1)
                 .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 1)
                 .arg(times.size()));
        if (auto written = exportMinutes(store, sixty.id, odt, DocumentFormat::Odt); !written)
            die(written.errorMessage());
        note(QStringLiteral("minutes: sixty bullets to PDF in %1 ms (%2 KB)")
                 .arg(*figures.minutesPdfMs, 0, 'f', 1)
                 .arg(double(QFileInfo(pdf).size()) / 1024, 0, 'f', 0));

        // LibreOffice converting our ODT of the same minutes, with a profile of its own that
        // is made by a first, untimed run.
        QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
        if (office.isEmpty())
            office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (!office.isEmpty() && !parser.isSet(noOfficeOption)) {
            const QString profile = QUrl::fromLocalFile(work + QStringLiteral("/lo-profile")).toString();
            const QStringList arguments{QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                                        QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                                        work + QStringLiteral("/lo"), odt};
            std::vector<double> officeTimes;
            for (int i = 0; i < 4; ++i) {
                QElapsedTimer timer;
                timer.start();
                const auto status = runProgram(office, arguments, 180000);
                if (status != 0 || !QFileInfo::exists(work + QStringLiteral("/lo/minutes.pdf"))) {
                    note(QStringLiteral("LibreOffice did not convert the minutes"));
                    officeTimes.clear();
                    break;
                }
                if (i > 0)
                    officeTimes.push_back(msSince(timer));
            }
            if (!officeTimes.empty()) {
                const double officeMs = median(officeTimes);
                figures.minutesVsLibreOffice = officeMs / *figures.minutesPdfMs;
                note(QStringLiteral("LibreOffice: %1 ms for the same minutes (ODT to PDF)").arg(officeMs, 0, 'f', 0));
            }
        } else {
            note(QStringLiteral("LibreOffice: not timed"));
        }
    }

    // 7. Memory ------------------------------------------------------------------------------
    const qint64 benchPeakKb = peakRssKb();
    figures.peakRssMb = double(std::max(benchPeakKb, guiPeakKb)) / 1024;
    note(QStringLiteral("peak memory: this process %1 MB (%2 MB by the end of the import), the desktop program %3 MB")
             .arg(double(benchPeakKb) / 1024, 0, 'f', 0)
             .arg(double(benchPeakAfterImportKb) / 1024, 0, 'f', 0)
             .arg(double(guiPeakKb) / 1024, 0, 'f', 0));

    const auto list = rows(figures);
    QStringList json;
    for (const auto &[key, value] : list) {
        std::printf("%s %s\n", qPrintable(key), qPrintable(value));
        json << QStringLiteral("  \"%1\": %2").arg(key, value);
    }
    std::fflush(stdout);
    if (parser.isSet(jsonOption)) {
        const QByteArray text = (QStringLiteral("{\n") + json.join(QStringLiteral(",\n")) + QStringLiteral("\n}\n")).toUtf8();
        if (auto written = writeOutputFile(parser.value(jsonOption), text, {.access = OutputAccess::Published}); !written)
            die(written.errorMessage());
    }
    return 0;
}
