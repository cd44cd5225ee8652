#include "ratings.h"

#include "domain/displaytext.h"

#include <QCoreApplication>

namespace bd {

Tone ragTone(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return Tone::Red;
    case Rag::Amber:
        return Tone::Amber;
    case Rag::Green:
        return Tone::Green;
    case Rag::Complete:
        break;
    }
    return Tone::Blue;
}

Inline ragLabel(std::optional<Rag> rag)
{
    if (!rag)
        return label(QCoreApplication::translate("bd::Minutes", "Not rated"), Tone::Neutral);
    return label(displayName(*rag), ragTone(*rag));
}

} // namespace bd
