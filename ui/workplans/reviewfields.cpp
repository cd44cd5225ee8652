#include "reviewfields.h"

#include "domain/displaytext.h"
#include "store/store.h"
#include "util/clock.h"

#include <QComboBox>
#include <QCoreApplication>
#include "common/datefield.h"

namespace bd {

DateField *reviewDateEdit(QWidget *parent)
{
    auto *date = new DateField(parent);
    date->setDate(Clock::today());
    return date;
}

QComboBox *meetingChooser(Store &store, const Id &body, const QDate &day, QWidget *parent)
{
    auto *meeting = new QComboBox(parent);
    meeting->addItem(QCoreApplication::translate("bd::ReviewFields", "Not at a meeting"), QString());
    ListFilter ofBody;
    ofBody.body = body;
    if (auto meetings = store.meetingSummaries(ofBody)) {
        for (const MeetingSummary &m : std::as_const(*meetings)) {
            if (m.status == MeetingStatus::Cancelled)
                continue;
            meeting->addItem(displayDate(m.date), m.id);
            if (m.date == day)
                meeting->setCurrentIndex(meeting->count() - 1);
        }
    }
    return meeting;
}

} // namespace bd
