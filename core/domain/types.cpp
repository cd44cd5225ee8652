#include "types.h"

#include <QCoreApplication>

namespace bd {

QString Headings::defaultDid()
{
    return QCoreApplication::translate("bd::Headings", "What did we do?");
}

QString Headings::defaultDifference()
{
    return QCoreApplication::translate("bd::Headings", "What difference did that make for children?");
}

bool operator==(const Entry &a, const Entry &b)
{
    return a.rowId == b.rowId && a.kind == b.kind && a.text == b.text && a.priorities == b.priorities
        && a.children == b.children;
}

std::optional<Rag> Action::currentRag() const
{
    if (reviews.isEmpty())
        return std::nullopt;
    return reviews.constLast().rag;
}

Rag Risk::ratingFor(int score)
{
    if (score >= 15)
        return Rag::Red;
    if (score >= 5)
        return Rag::Amber;
    return Rag::Green;
}

bool ReportText::isValidSection(QStringView section)
{
    static const QStringList fixed{QStringLiteral("foreword"), QStringLiteral("next"),
                                   QStringLiteral("training-went-well"), QStringLiteral("training-to-improve")};
    if (fixed.contains(section))
        return true;
    return section.startsWith(QLatin1StringView("intro:")) && section.size() > 6;
}

} // namespace bd
