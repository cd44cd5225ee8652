#include "bullettext.h"

#include <QRegularExpression>
#include <QTextCursor>
#include <QUrl>

namespace bd {

namespace {

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

// A closing star for italic: not part of "**", and not after a space ("a * b" is no italic).
qsizetype closingStar(QStringView text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('*'))
            continue;
        const bool doubled = i + 1 < text.size() && text.at(i + 1) == QLatin1Char('*');
        if (doubled) {
            ++i;
            continue;
        }
        if (!text.at(i - 1).isSpace())
            return i;
    }
    return -1;
}

QString render(QStringView text)
{
    static const QRegularExpression link(QStringLiteral("\\A\\[([^\\]\\n]+)\\]\\(([^)\\s]+)\\)"));
    QString html;
    qsizetype i = 0;
    while (i < text.size()) {
        const QStringView rest = text.mid(i);
        if (rest.startsWith(QLatin1Char('['))) {
            const auto match = link.match(rest);
            if (match.hasMatch()) {
                const QString url = match.captured(2);
                html += QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), render(match.capturedView(1)));
                i += match.capturedLength(0);
                continue;
            }
        }
        if (rest.startsWith(QLatin1String("**")) && rest.size() > 4 && !rest.at(2).isSpace()) {
            const qsizetype end = rest.indexOf(QLatin1String("**"), 3);
            if (end > 2 && !rest.at(end - 1).isSpace()) {
                html += QStringLiteral("<b>") + render(rest.mid(2, end - 2)) + QStringLiteral("</b>");
                i += end + 2;
                continue;
            }
        }
        if (rest.startsWith(QLatin1Char('*')) && rest.size() > 2 && !rest.at(1).isSpace()
            && rest.at(1) != QLatin1Char('*')) {
            const qsizetype end = closingStar(rest, 2);
            if (end > 1) {
                html += QStringLiteral("<i>") + render(rest.mid(1, end - 1)) + QStringLiteral("</i>");
                i += end + 1;
                continue;
            }
        }
        html += escaped(text.mid(i, 1));
        ++i;
    }
    return html;
}

} // namespace

QString bulletHtml(const QString &markdown)
{
    return render(markdown);
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
