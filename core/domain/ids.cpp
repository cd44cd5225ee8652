#include "ids.h"

#include <QRandomGenerator>

namespace bd {

bool isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '.' || u == '_' || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

QString newId(QStringView prefix)
{
    const quint64 bits = QRandomGenerator::global()->generate64() & 0xffffffffffffULL;
    return prefix.toString() + QLatin1Char('-') + QStringLiteral("%1").arg(bits, 12, 16, QLatin1Char('0'));
}

} // namespace bd
