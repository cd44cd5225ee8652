#pragma once

#include <QString>
#include <QStringView>

namespace bd {

// An archive id: 1-64 characters of a-z 0-9 . _ -
bool isValidId(QStringView id);

// A new id of that form for a record created in the app, e.g. "meeting-3f9c0a1b7d2e".
QString newId(QStringView prefix);

} // namespace bd
