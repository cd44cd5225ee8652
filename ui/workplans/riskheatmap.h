#pragma once

#include "domain/types.h"

#include <QWidget>

namespace bd {

// The 5x5 risk matrix as a heat map: impact up the side (5 at the top), likelihood along
// the bottom, each cell in its band's colour with its score; each open risk a numbered disc
// in the cell of its newest review, with an arrow from the cell of the review before when
// that was elsewhere. Numbers follow the order of setRisks (R1, R2...), the same as the
// table beside it.
class RiskHeatMap : public QWidget {
    Q_OBJECT

public:
    explicit RiskHeatMap(QWidget *parent = nullptr);
    void setRisks(const QList<Risk> &risks);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Risk> m_risks;
};

} // namespace bd
