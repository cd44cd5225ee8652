#pragma once

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <functional>

namespace bd {

// Told now and then, from the thread doing a long job, how far it has got (0 to 100).
// Returning false asks the job to stop: it then fails with cancelledMessage() and, being
// all or nothing, leaves everything as it was. An empty Progress is never called.
using Progress = std::function<bool(int percent)>;

// The error a job stopped by its Progress fails with.
inline QString cancelledMessage()
{
    return QCoreApplication::translate("bd::Progress", "Cancelled.");
}

// Part of a job's range: reports \a done of \a total as \a from to \a to of the whole.
class ProgressSpan
{
public:
    ProgressSpan(const Progress &progress, int from, int to) : m_progress(progress), m_from(from), m_to(to) {}

    // False when the job is to stop.
    bool report(qint64 done, qint64 total) const
    {
        if (!m_progress)
            return true;
        const qint64 part = total > 0 ? std::min(done, total) * (m_to - m_from) / total : 0;
        return m_progress(m_from + int(part));
    }

private:
    const Progress &m_progress;
    int m_from;
    int m_to;
};

} // namespace bd
