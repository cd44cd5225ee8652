#pragma once

#include "document.h"

#include <QColor>
#include <QStringList>

namespace bd::housestyle {

// The look every BoardDesk document shares, in one place so the paged formats (PDF, print,
// ODT) and HTML agree. Every text colour passes WCAG AA (4.5:1) on the background it is
// drawn on.

inline const QColor ink(0x1a, 0x1a, 0x1a);
inline const QColor accent(0x1f, 0x3a, 0x5f); // headings, the partnership's name
inline const QColor muted(0x4d, 0x4d, 0x4d); // meta lines, notes, footers
inline const QColor rule(0xb4, 0xbe, 0xc9); // table lines
inline const QColor headerFill(0xe8, 0xed, 0xf3); // table header rows
inline const QColor linkInk(0x0b, 0x50, 0x94);
inline const QColor draftInk(0x8a, 0x1c, 0x1c);
inline const QColor draftFill(0xfb, 0xed, 0xed);
inline const QColor approvedInk(0x1d, 0x57, 0x2c);
inline const QColor approvedFill(0xe9, 0xf4, 0xec);
// Opaque and light, drawn beneath the text: PDF/A-1 allows no transparency.
inline const QColor watermarkInk(0xe4, 0xe4, 0xe4);

struct ToneColours {
    QColor fill;
    QColor ink;
};

// A label's colours. RAG: red, amber, green; complete is blue.
inline ToneColours toneColours(Tone tone)
{
    switch (tone) {
    case Tone::Red:
        return {QColor(0xb3, 0x26, 0x1e), QColor(Qt::white)};
    case Tone::Amber:
        return {QColor(0xf2, 0xb1, 0x00), ink};
    case Tone::Green:
        return {QColor(0x1b, 0x6e, 0x32), QColor(Qt::white)};
    case Tone::Blue:
        return {QColor(0x1f, 0x5a, 0xa6), QColor(Qt::white)};
    case Tone::Neutral:
        break;
    }
    return {QColor(0xe6, 0xe6, 0xe6), ink};
}

// Fonts: metric twins, so a page breaks in the same place on Windows (Arial) and Linux
// (Liberation Sans).
inline QStringList fontFamilies()
{
    return {QStringLiteral("Liberation Sans"), QStringLiteral("Arial"), QStringLiteral("Helvetica"),
            QStringLiteral("DejaVu Sans")};
}
inline constexpr char cssFontFamilies[] = "\"Segoe UI\", Arial, \"Liberation Sans\", Helvetica, sans-serif";

// Sizes in points.
inline constexpr qreal bodySize = 10.5;
inline constexpr qreal kickerSize = 10;
inline constexpr qreal titleSize = 21;
inline constexpr qreal subtitleSize = 12.5;
inline constexpr qreal sectionSize = 13.5; // level 2 headings
inline constexpr qreal subsectionSize = 11.5; // level 3 and below
inline constexpr qreal metaSize = 10;
inline constexpr qreal tableSize = 9.5;
inline constexpr qreal footerSize = 8;

// Page margins in millimetres; the footer sits inside the bottom one's band.
inline constexpr qreal marginLeft = 22;
inline constexpr qreal marginRight = 22;
inline constexpr qreal marginTop = 20;
inline constexpr qreal marginBottom = 12;

} // namespace bd::housestyle
