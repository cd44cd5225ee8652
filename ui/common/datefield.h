#pragma once

#include <QDate>
#include <QLineEdit>

#include <optional>

class QCalendarWidget;
class QFrame;

namespace bd {

// What a person may type for a date, read the British way (day first): "31/1/27",
// "31/01/2027", "31.1.2027", "31 Jan 2027", "Tuesday 31 January 2027", "31 jan", "2027-01-31",
// "today", "tomorrow", "yesterday", and a step from today: "+3d", "+2w", "+1m", "-1y" ("+3" is
// days). A two-digit year is in this century; a date without a year is in \a today's year.
// Returns nothing for text that is not a date, or a day the calendar does not have (30/2/27).
std::optional<QDate> parseTypedDate(const QString &text, const QDate &today);

// The one date field of the program: a line the date is typed in (any way parseTypedDate
// reads), shown the British way once it is read. Alt+Down and F4 open a calendar; Up and Down
// step a day, Page Up and Page Down a month; Tab leaves, always. Text that is not a date is
// kept, marked, and explained in a tooltip; the date stays what it was until it is put right.
class DateField : public QLineEdit {
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    // The date shown: null when the field is empty (and may be).
    QDate date() const { return m_date; }
    // Shows \a date (a null date empties the field, where it may be empty).
    void setDate(const QDate &date);

    // May the field be left empty (no date)? \a placeholder is what it then shows, dimmed.
    void setAllowEmpty(bool allow, const QString &placeholder = {});
    // How the date is shown, as QLocale::toString takes it ("d MMMM yyyy" by default).
    void setDisplayFormat(const QString &format);
    // The earliest and latest dates the field takes (none by default).
    void setMinimumDate(const QDate &date) { m_minimum = date; }
    void setMaximumDate(const QDate &date) { m_maximum = date; }
    // A day of the year, not a date (a financial year's start): shown without a year, and every
    // date typed is taken into the year of the date set.
    void setDayAndMonthOnly(bool dayAndMonth);

    // Whether the text is not (yet) a date the field can take.
    bool hasInvalidText() const { return m_invalid; }

    // Opens the calendar under the field (Alt+Down, F4).
    void showCalendar();
    // The open calendar, or null.
    QCalendarWidget *calendar() const;

    // Reads the text now, as leaving the field does: returns false, marking the field, if it is
    // not a date the field can take.
    bool commit();

signals:
    // The date changed, by typing (once read), the calendar or setDate.
    void dateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString format(const QDate &date) const;
    void showInvalid(const QString &why);
    void setDateFromUser(const QDate &date);
    void closeCalendar();

    QDate m_date;
    QDate m_minimum;
    QDate m_maximum;
    QString m_format;
    QString m_help;
    bool m_allowEmpty = false;
    bool m_dayAndMonth = false;
    bool m_invalid = false;
    QFrame *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace bd
