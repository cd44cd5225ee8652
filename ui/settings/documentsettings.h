#pragma once

#include <QWidget>

class QComboBox;

namespace bd {

// The document settings as a group on the settings page: the paper minutes (and later the
// annual report and newsletters) are laid out on, for PDF, ODT and print. Saved to the
// user's settings as it changes (core's preferredPageSize(), which boarddesk-cli reads too).
class DocumentSettings : public QWidget {
    Q_OBJECT

public:
    explicit DocumentSettings(QWidget *parent = nullptr);
    QComboBox *pageSizeBox() { return m_pageSize; }

private:
    QComboBox *m_pageSize;
};

} // namespace bd
