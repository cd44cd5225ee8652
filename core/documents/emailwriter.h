#pragma once

#include "document.h"

#include <QByteArray>
#include <QString>

namespace bd {

// \a document as HTML to send by email: one file, a 600-pixel table layout that Outlook's
// Word engine keeps (layout tables marked role="presentation", the width given as an
// attribute as well as in CSS, so it also narrows to a phone), a style attribute on every
// element inside the body and no <style> block (mail clients strip it), no images and
// nothing fetched from elsewhere, every link live (http, https, mailto only), everything
// typed escaped. Headings keep their levels and the page its language and title, so a screen
// reader finds its way as in the other HTML.
QByteArray renderEmailHtml(const Document &document);

// \a document as plain text, the alternative an email carries beside its HTML: the title
// underlined, headings marked, bullets as "-" indented by level, numbered lists numbered,
// tables as lines of cells, and every link written out, "label <https://...>".
QString renderPlainText(const Document &document);

} // namespace bd
