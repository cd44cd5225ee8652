#pragma once

#include "domain/actionlog.h"

#include <QAbstractButton>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace bd {

class Workspace;

// A horizontal bar of a body's action ratings: red, amber, green, complete (blue), not
// rated (grey), each part as wide as its share and carrying its word and count, so colour is
// never the only thing that tells them apart. A button: Enter, Space or a click opens the
// body's actions.
class RagBar : public QAbstractButton {
    Q_OBJECT

public:
    explicit RagBar(QWidget *parent = nullptr);
    void setSummary(const BodySummary &summary);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    BodySummary m_summary;
};

// The home page's dashboard: for each body with actions or open risks, its name, the RAG
// bar of its actions, how many are overdue, and its open risks by band. Each part opens the
// list it counts, filtered to that body.
class Dashboard : public QWidget {
    Q_OBJECT

public:
    explicit Dashboard(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the store again (also done when a workplan, action or risk changes).
    void refresh();
    const QList<BodySummary> &summaries() const { return m_summaries; }

signals:
    // \a overdue: only the overdue ones.
    void actionsRequested(const bd::Id &body, bool overdue);
    void risksRequested(const bd::Id &body);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Workspace &m_workspace;
    QWidget *m_rows;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QList<BodySummary> m_summaries;
    bool m_stale = true;
};

} // namespace bd
