#pragma once

#include "domain/records.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace bd {

// The BoardDesk archive, version 1: the JSON document of ../shared/design/archive-v1.md,
// which is the contract these functions implement.

// The `format` and `version` an archive carries.
inline constexpr char archiveFormatName[] = "boarddesk-archive";
inline constexpr int archiveFormatVersion = 1;

// Reads an archive and checks everything archive-v1.md asks of it: UTF-8 (a byte-order mark
// is skipped), JSON syntax, no duplicate keys, no unknown fields, format and version, required
// fields, types, enumeration keys, dates, times, financial years, whole-number money and
// counts, ids (form and uniqueness), every reference, ranges and the per-record rules.
//
// Returns the records with every default filled in (rowIds are 0), in the archive's order.
// On any error returns an Error of one line: the file name, the JSON path of the first
// error in document order and what is wrong, e.g.
//   demo.json: meetings[3].entries[0].kind: "did2" is not one of did, difference, note
// followed by "(and N more problems)" when there are others. A syntax error names the line
// and column instead.
Result<PartnershipData> readArchive(const QByteArray &bytes, const QString &fileName);

// One record of a list, as the archive reader hands it on.
using ArchiveRecord = ListTypes::ConstPointers;

// Where streamArchive() hands each record as soon as it is read and checked. An error from
// either stops the reading and is returned as it is.
struct ArchiveSink {
    std::function<Result<void>(const Partnership &)> partnership;
    std::function<Result<void>(ArchiveRecord)> record;
};

struct StreamOptions {
    // The bytes from the first offset to the second will not be read again (the caller may let
    // them go from memory); they are read again only to word a message.
    std::function<void(qsizetype, qsizetype)> done;
    // Records read so far, of the total; false cancels (cancelledMessage()).
    std::function<bool(qsizetype, qsizetype)> progress;
};

// Reads and checks the archive in \a bytes as readArchive() does, without holding it whole:
// the partnership, then each record, goes to \a sink as it is read, the lists in InsertOrder
// (domain/records.h), while no problem has been found. Succeeds only if the whole archive is
// sound; the records already handed on must then be thrown away (an import rolls back).
Result<void> streamArchive(QByteArrayView bytes, const QString &fileName, const ArchiveSink &sink,
                           const StreamOptions &options = {});

// Writes \a data as an archive: UTF-8, indented, with the keys in the order archive-v1.md
// lists them. Defaults are written; absent values (null dates, empty references, empty
// optional text, empty nested lists) are left out; child entries leave out `kind`.
//
// The output depends only on \a data and \a exported. Lists are written in the order
// Store::list() gives, so that storing and loading the records does not change it: records
// with a year, date or number go in that order (meetings by date, time and id; training
// sessions by date and id; newsletters by number; priorities, workplans, funding, spending,
// key facts and report texts by year; risks by opened; case reviews by notified); ties and
// the other lists keep the order given. Hence, apart from `exported`,
//   writeArchive(readArchive(writeArchive(x))) == writeArchive(x)
// and the same holds through Store::replaceAll() and Store::loadAll().
QByteArray writeArchive(const PartnershipData &data, const QDateTime &exported);

// One record as the archive writes it (the same keys, values and defaults; absent values
// left out), e.g. for the audit log's before and after. An entry is written as a top-level
// one, with its kind and its children.
template<typename T> QJsonObject recordJson(const T &record);

} // namespace bd
