#include "bullettext.h"

#include "text/markdown.h"

#include <QTextCursor>
#include <QUrl>

namespace bd {

QString bulletHtml(const QString &markdown)
{
    return markdownToHtmlLine(markdown);
}

void toggleMarks(QTextCursor &cursor, const QString &mark)
{
    const qsizetype n = mark.size();
    cursor.beginEditBlock();
    if (!cursor.hasSelection()) {
        const int at = cursor.position();
        cursor.insertText(mark + mark);
        cursor.setPosition(at + int(n));
        cursor.endEditBlock();
        return;
    }
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const QString selected = cursor.selectedText();
    if (selected.size() > 2 * n && selected.startsWith(mark) && selected.endsWith(mark)) {
        // **text** selected: unwrap it.
        const QString inner = selected.mid(n, selected.size() - 2 * n);
        cursor.insertText(inner);
        cursor.setPosition(start);
        cursor.setPosition(start + int(inner.size()), QTextCursor::KeepAnchor);
        cursor.endEditBlock();
        return;
    }
    // text selected between marks: take the marks away.
    QTextCursor around(cursor.document());
    around.setPosition(std::max(0, start - int(n)));
    around.setPosition(std::min(cursor.document()->characterCount() - 1, end + int(n)), QTextCursor::KeepAnchor);
    const QString wider = around.selectedText();
    if (start >= n && wider == mark + selected + mark) {
        around.insertText(selected);
        cursor.setPosition(start - int(n));
        cursor.setPosition(start - int(n) + int(selected.size()), QTextCursor::KeepAnchor);
        cursor.endEditBlock();
        return;
    }
    cursor.insertText(mark + selected + mark);
    cursor.setPosition(start + int(n));
    cursor.setPosition(start + int(n) + int(selected.size()), QTextCursor::KeepAnchor);
    cursor.endEditBlock();
}

void insertLink(QTextCursor &cursor)
{
    const QString selected = cursor.selectedText();
    const int start = cursor.selectionStart();
    cursor.beginEditBlock();
    const QUrl url(selected, QUrl::StrictMode);
    if (!selected.isEmpty() && url.isValid() && !url.scheme().isEmpty() && !selected.contains(QLatin1Char(' '))) {
        cursor.insertText(QStringLiteral("[](") + selected + QLatin1Char(')'));
        cursor.setPosition(start + 1); // the label goes here
    } else {
        cursor.insertText(QLatin1Char('[') + selected + QStringLiteral("]()"));
        cursor.setPosition(start + int(selected.size()) + 3); // the url goes here
    }
    cursor.endEditBlock();
}

} // namespace bd
