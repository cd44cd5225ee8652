#include "datefield.h"

#include "domain/displaytext.h"
#include "util/clock.h"

#include "displayformat.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QFrame>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QScreen>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace bd {

namespace {

// 1 to 12 for a month's English name or its first three letters or more ("sept" too); 0 else.
int monthNumber(const QString &word)
{
    static const QStringList names {QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
                                    QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
                                    QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
                                    QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    if (word.size() < 3)
        return 0;
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i).startsWith(word))
            return i + 1;
    }
    return 0;
}

// A year as typed: two digits are this century's.
int fullYear(const QString &digits)
{
    const int year = digits.toInt();
    return digits.size() <= 2 ? 2000 + year : year;
}

// \a today moved by \a count units ('d', 'w', 'm', 'y').
QDate stepped(const QDate &today, int count, QChar unit)
{
    switch (unit.unicode()) {
    case 'w':
        return today.addDays(qint64(count) * 7);
    case 'm':
        return today.addMonths(count);
    case 'y':
        return today.addYears(count);
    default:
        return today.addDays(count);
    }
}

} // namespace

std::optional<QDate> parseTypedDate(const QString &typed, const QDate &today)
{
    QString text = typed.trimmed().toLower();
    if (text.isEmpty())
        return std::nullopt;
    if (text == QLatin1String("today") || text == QLatin1String("now"))
        return today;
    if (text == QLatin1String("tomorrow"))
        return today.addDays(1);
    if (text == QLatin1String("yesterday"))
        return today.addDays(-1);

    static const QRegularExpression step(QStringLiteral(R"(^([+-])\s*(\d{1,4})\s*([dwmy]?)$)"));
    if (const auto match = step.match(text); match.hasMatch()) {
        const int count = match.captured(2).toInt() * (match.captured(1) == QLatin1String("-") ? -1 : 1);
        const QString unit = match.captured(3);
        return stepped(today, count, unit.isEmpty() ? QLatin1Char('d') : unit.at(0));
    }

    const auto made = [](int year, int month, int day) -> std::optional<QDate> {
        const QDate date(year, month, day);
        if (!date.isValid())
            return std::nullopt;
        return date;
    };

    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    if (const auto match = iso.match(text); match.hasMatch())
        return made(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());

    static const QRegularExpression numeric(
        QStringLiteral(R"(^(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}|\d{2}))?$)"));
    if (const auto match = numeric.match(text); match.hasMatch()) {
        const int year = match.captured(3).isEmpty() ? today.year() : fullYear(match.captured(3));
        return made(year, match.captured(2).toInt(), match.captured(1).toInt());
    }

    // "31 Jan 2027", "Tuesday 31st January, 2027", "31-jan-27", "31 jan".
    static const QRegularExpression weekday(QStringLiteral(R"(^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)"));
    text.remove(weekday);
    static const QRegularExpression words(
        QStringLiteral(R"(^(\d{1,2})(?:st|nd|rd|th)?[\s\-]*([a-z]{3,})\.?(?:[\s,\-]+(\d{4}|\d{2}))?$)"));
    if (const auto match = words.match(text); match.hasMatch()) {
        const int month = monthNumber(match.captured(2));
        if (month == 0)
            return std::nullopt;
        const int year = match.captured(3).isEmpty() ? today.year() : fullYear(match.captured(3));
        return made(year, month, match.captured(1).toInt());
    }
    return std::nullopt;
}

DateField::DateField(QWidget *parent)
    : QLineEdit(parent)
    , m_format(QStringLiteral("d MMMM yyyy"))
    , m_help(tr("Type a date as 31/1/27, 31 Jan 2027 or 2027-01-31, or \"today\", \"+2w\", \"+3d\". "
                "Alt+Down or F4 opens a calendar."))
{
    setToolTip(toolTipText(m_help));
    const int wide = fontMetrics().horizontalAdvance(QStringLiteral("Wednesday 30 September 2027"));
    setMinimumWidth(std::min(wide, fontMetrics().horizontalAdvance(QStringLiteral("30 September 2027")) + 56));
    QAction *open = addAction(QIcon(QStringLiteral(":/icons/year.svg")), QLineEdit::TrailingPosition);
    open->setText(tr("Calendar"));
    open->setToolTip(tr("Choose the date on a calendar (Alt+Down)"));
    connect(open, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::editingFinished, this, &DateField::commit);
    // Typing over a marked field clears the mark: it is read again on leaving.
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (m_invalid) {
            m_invalid = false;
            setStyleSheet(QString());
            setToolTip(toolTipText(m_help));
        }
    });
}

void DateField::setDate(const QDate &date)
{
    const QDate shown = date.isValid() || m_allowEmpty ? date : m_date;
    m_invalid = false;
    setStyleSheet(QString());
    setToolTip(toolTipText(m_help));
    setText(format(shown));
    if (shown != m_date) {
        m_date = shown;
        emit dateChanged(m_date);
    }
}

void DateField::setAllowEmpty(bool allow, const QString &placeholder)
{
    m_allowEmpty = allow;
    setPlaceholderText(placeholder);
}

void DateField::setDisplayFormat(const QString &format)
{
    m_format = format;
    if (!m_invalid)
        setText(this->format(m_date));
}

void DateField::setDayAndMonthOnly(bool dayAndMonth)
{
    m_dayAndMonth = dayAndMonth;
    setDisplayFormat(dayAndMonth ? QStringLiteral("d MMMM") : QStringLiteral("d MMMM yyyy"));
    m_help = dayAndMonth ? tr("Type a day and month, as 1 April or 1/4. Alt+Down or F4 opens a calendar.") : m_help;
    setToolTip(toolTipText(m_help));
}

QString DateField::format(const QDate &date) const
{
    return date.isValid() ? britishLocale().toString(date, m_format) : QString();
}

bool DateField::commit()
{
    const QString typed = text().trimmed();
    if (typed.isEmpty()) {
        if (m_allowEmpty) {
            setDateFromUser(QDate());
            return true;
        }
        showInvalid(tr("A date is needed here."));
        return false;
    }
    const QDate today = Clock::today();
    std::optional<QDate> date = parseTypedDate(
        typed, m_dayAndMonth && m_date.isValid() ? QDate(m_date.year(), today.month(), today.day()) : today);
    if (!date) {
        showInvalid(tr("\"%1\" is not a date BoardDesk can read.").arg(typed));
        return false;
    }
    if (m_dayAndMonth && m_date.isValid())
        date = QDate(m_date.year(), date->month(),
                     std::min(date->day(), QDate(m_date.year(), date->month(), 1).daysInMonth()));
    if (m_minimum.isValid() && *date < m_minimum) {
        showInvalid(tr("The date cannot be before %1.").arg(displayDate(m_minimum)));
        return false;
    }
    if (m_maximum.isValid() && *date > m_maximum) {
        showInvalid(tr("The date cannot be after %1.").arg(displayDate(m_maximum)));
        return false;
    }
    setDateFromUser(*date);
    return true;
}

void DateField::setDateFromUser(const QDate &date)
{
    m_invalid = false;
    setStyleSheet(QString());
    setToolTip(toolTipText(m_help));
    const QString shown = format(date);
    if (text() != shown)
        setText(shown);
    if (date != m_date) {
        m_date = date;
        emit dateChanged(m_date);
    }
}

void DateField::showInvalid(const QString &why)
{
    m_invalid = true;
    // A red frame, and the reason where the pointer or a screen reader finds it.
    setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c62828; border-radius: 3px; }"));
    const QString message = why + QLatin1Char(' ') + m_help;
    setToolTip(toolTipText(message));
    if (isVisible())
        QToolTip::showText(mapToGlobal(QPoint(0, height())), message, this);
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if ((event->key() == Qt::Key_Down && mods == Qt::AltModifier)
        || (event->key() == Qt::Key_F4 && mods == Qt::NoModifier)) {
        showCalendar();
        return;
    }
    if (mods == Qt::NoModifier && !isReadOnly()
        && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down || event->key() == Qt::Key_PageUp
            || event->key() == Qt::Key_PageDown)) {
        if (!commit())
            return;
        QDate from = m_date.isValid() ? m_date : Clock::today();
        const int sign = event->key() == Qt::Key_Up || event->key() == Qt::Key_PageUp ? 1 : -1;
        from = event->key() == Qt::Key_Up || event->key() == Qt::Key_Down ? from.addDays(sign) : from.addMonths(sign);
        if ((!m_minimum.isValid() || from >= m_minimum) && (!m_maximum.isValid() || from <= m_maximum)) {
            setDateFromUser(from);
            emit editingFinished();
        }
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::showCalendar()
{
    if (isReadOnly() || !isEnabled())
        return;
    commit();
    if (!m_popup) {
        m_popup = new QFrame(this, Qt::Popup);
        m_popup->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(1, 1, 1, 1);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setLocale(britishLocale());
        m_calendar->setFirstDayOfWeek(Qt::Monday);
        m_calendar->setGridVisible(false);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        m_calendar->setAccessibleName(accessibleName().isEmpty() ? tr("Calendar")
                                                                 : tr("%1: calendar").arg(accessibleName()));
        layout->addWidget(m_calendar);
        m_calendar->installEventFilter(this);
        // Enter or a click chooses; Esc closes without a change.
        connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &date) {
            closeCalendar();
            setDateFromUser(date);
            emit editingFinished();
        });
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate &date) {
            closeCalendar();
            setDateFromUser(date);
            emit editingFinished();
        });
    }
    m_calendar->setDateRange(m_minimum.isValid() ? m_minimum : QDate(1900, 1, 1),
                             m_maximum.isValid() ? m_maximum : QDate(2200, 12, 31));
    m_calendar->setSelectedDate(m_date.isValid() ? m_date : Clock::today());
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect room = screen->availableGeometry();
        if (at.y() + m_popup->height() > room.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

QCalendarWidget *DateField::calendar() const
{
    return m_popup && m_popup->isVisible() ? m_calendar : nullptr;
}

void DateField::closeCalendar()
{
    if (m_popup)
        m_popup->hide();
    setFocus(Qt::PopupFocusReason);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_calendar && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape || (key->key() == Qt::Key_Up && key->modifiers() & Qt::AltModifier)) {
            closeCalendar();
            return true;
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

} // namespace bd
