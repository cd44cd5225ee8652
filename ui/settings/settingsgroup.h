#pragma once

class QString;
class QWidget;

namespace bd {

// Lays out one group of the settings page on owner: a titled box with one labelled field and a
// wrapped note under it saying what the setting does.
void layOutSettingsGroup(QWidget *owner, const QString &title, const QString &label, QWidget *field,
                         const QString &note);

} // namespace bd
