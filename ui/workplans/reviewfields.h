#pragma once

#include "domain/types.h"

#include <QDate>

class QComboBox;
class QWidget;

namespace bd {

class DateField;

class Store;

// The fields every review dialog shares (an action's, a risk's).
// The review's day: today by the clock, shown the British way, with a calendar.
DateField *reviewDateEdit(QWidget *parent);
// "Not at a meeting", then the body's meetings (not the cancelled ones), the one held on
// \a day chosen when there is one. Each item's data is the meeting's id.
QComboBox *meetingChooser(Store &store, const Id &body, const QDate &day, QWidget *parent);

} // namespace bd
