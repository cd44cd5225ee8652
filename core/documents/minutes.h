#pragma once

#include "document.h"
#include "domain/types.h"
#include "export.h"
#include "util/result.h"

#include <QDate>

namespace bd {

class Store;

// The minutes of one meeting, laid out from the store:
//   the partnership's name, the body's name, the date (10 July 2018), time, location and,
//   for a panel, the cases reviewed; whether the minutes are a draft or when they were
//   approved; attendance (present, with deputies "X (deputy for Y)", apologies, absent),
//   each person with their agency; the partnership's two entry headings with their nested
//   bullets, then "Notes" when there are any; the actions raised at the meeting as a table
//   (ref, action, owner, due, RAG as a coloured label with its word).
// Draft minutes carry a DRAFT watermark on every page; approved ones say "Approved on ..."
// in the footer. With ExportOptions::leaveOutNames people appear by agency only.
class MinutesBuilder {
public:
    explicit MinutesBuilder(Store &store)
        : m_store(store)
    {
    }

    // Errors name the meeting when it does not exist.
    Result<Document> build(const Id &meeting, const ExportOptions &options = {});

private:
    Store &m_store;
};

// The meeting of \a body held on \a date, for `export minutes --body ID --date YYYY-MM-DD`.
// Errors name the body and the date.
Result<Id> findMeeting(Store &store, const Id &body, const QDate &date);

// Builds the minutes of \a meeting and writes them to \a path in \a format, whole or not at
// all. The one entry point the ui, the CLI and the benchmarks share.
Result<void> exportMinutes(Store &store, const Id &meeting, const QString &path, DocumentFormat format,
                           const ExportOptions &options = {});
// The same, in the format \a path's extension asks for (.pdf, .odt, .html); any other
// extension is an error.
Result<void> exportMinutes(Store &store, const Id &meeting, const QString &path, const ExportOptions &options = {});

} // namespace bd
