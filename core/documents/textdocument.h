#pragma once

#include "document.h"

#include <functional>

class QTextDocument;

namespace bd {

// Lays \a document out in \a target (which should be empty) in the house style, with real
// heading levels (QTextBlockFormat::headingLevel), nested lists, tables with a header row
// that repeats on every page, and links as anchors.
//
// Lengths go in as QTextDocument wants them: pixels at 96 dpi, which its layout scales to
// the paint device (set target->documentLayout()->setPaintDevice() first when painting) and
// which Qt's ODF writer turns into points.
//
// The page (QTextDocument::setPageSize, the root frame's margins) is the caller's: set it
// before, so the text is laid out once, on its pages, as it goes in. \a beforeBlock, if
// given, is called every few paragraphs, before the next begins, when those before it are
// laid out: a paginator places its page breaks there, near the end of the text, where moving
// a paragraph lays out again only the little that follows it.
void renderTextDocument(const Document &document, QTextDocument *target, const std::function<void()> &beforeBlock = {});

} // namespace bd
