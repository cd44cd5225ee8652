#pragma once

#include <QString>

namespace bd {

// \a text made safe to print on a terminal, one line: every control character (C0, DEL, C1)
// is written escaped (\t \n \r, otherwise \x1b), and so are the characters that reorder or
// hide what a reader sees (the bidirectional controls such as U+202E, the line and paragraph
// separators), written \u202e. Text in the database can then neither drive the terminal nor
// disguise itself. For a field that must read back as it is stored (a `list` row),
// \a backslashes escapes a backslash too, as \\.
enum class Backslashes { Kept, Escaped };
QString terminalSafe(const QString &text, Backslashes backslashes = Backslashes::Kept);

} // namespace bd
