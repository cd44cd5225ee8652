#include "clock.h"

#include <QMutex>
#include <QMutexLocker>

namespace bd {

namespace {

QMutex &clockMutex()
{
    static QMutex mutex;
    return mutex;
}

std::function<QDateTime()> &source()
{
    static std::function<QDateTime()> s;
    return s;
}

} // namespace

QDateTime Clock::now()
{
    std::function<QDateTime()> read;
    {
        const QMutexLocker locker(&clockMutex());
        read = source();
    }
    return read ? read() : QDateTime::currentDateTime();
}

void Clock::set(std::function<QDateTime()> s)
{
    const QMutexLocker locker(&clockMutex());
    source() = std::move(s);
}

void Clock::setFixed(const QDateTime &fixed)
{
    set([fixed] { return fixed; });
}

void Clock::reset()
{
    set({});
}

} // namespace bd
