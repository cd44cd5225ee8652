#pragma once

#include "document.h"
#include "domain/types.h"
#include "export.h"
#include "util/result.h"

#include <QDate>

namespace bd {

class Store;

// The documents of the action log and the risk log, for chairs who want to see at a glance
// what is red and what changed. Overdue is decided on the clock's day (Clock::today()).
//
// The workplan RAG report: the partnership, the plan's title, body and year; the mix of
//   ratings and the overdue count in one line; "What changed since the meeting of ..." (the
//   body's meeting before its latest one): each action whose rating moved, with both
//   ratings; then the actions grouped by business-plan priority (ref, action, owner, due,
//   RAG, last reviewed), overdue ones saying so beside their due date.
// The action log: every action (of one body, or all), grouped by body, open ones first; or,
//   with a date, only the actions whose rating moved since that date, with both ratings.
// The risk log: the 5x5 matrix as a table (impact down, likelihood across), each cell
//   naming its band in words and listing the open risks placed there by number; then each
//   risk with its owner, rating (likelihood x impact = score, band), the previous rating
//   and its trend; closed risks after them.
struct ActionLogOptions {
    Id body; // empty: every body
    QDate changedSince; // set: only what changed since this day
};

Result<Document> buildWorkplanReport(Store &store, const Id &workplan, const ExportOptions &options = {});
Result<Document> buildActionLog(Store &store, const ActionLogOptions &which, const ExportOptions &options = {});
Result<Document> buildRiskLog(Store &store, const Id &body, const ExportOptions &options = {});

// Builds and writes each in \a format, whole or not at all; errors name the record or file.
// The entry points the ui and boarddesk-cli share.
Result<void> exportWorkplanReport(Store &store, const Id &workplan, const QString &path, DocumentFormat format,
                                  const ExportOptions &options = {});
Result<void> exportActionLog(Store &store, const ActionLogOptions &which, const QString &path, DocumentFormat format,
                             const ExportOptions &options = {});
Result<void> exportRiskLog(Store &store, const Id &body, const QString &path, DocumentFormat format,
                           const ExportOptions &options = {});

} // namespace bd
