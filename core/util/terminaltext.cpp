#include "terminaltext.h"

namespace bd {

namespace {

// Characters a terminal shows as something else, or that move the text around it (the
// "Trojan Source" characters): the bidirectional marks, embeddings, overrides and
// isolates, and the Unicode line and paragraph separators.
bool reordersText(char16_t c)
{
    return c == u'\u061c' || c == u'\u200e' || c == u'\u200f' || (c >= u'\u202a' && c <= u'\u202e')
        || (c >= u'\u2066' && c <= u'\u2069') || c == u'\u2028' || c == u'\u2029';
}

} // namespace

QString terminalSafe(const QString &text, Backslashes backslashes)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            out += backslashes == Backslashes::Escaped ? QLatin1String("\\\\") : QLatin1String("\\");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.category() == QChar::Other_Control)
                out += QStringLiteral("\\x%1").arg(uint(c.unicode()), 2, 16, QLatin1Char('0'));
            else if (reordersText(c.unicode()))
                out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

} // namespace bd
