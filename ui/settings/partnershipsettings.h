#pragma once

#include "domain/types.h"

#include <QWidget>

class QLineEdit;

namespace bd {

class DateField;

class Workspace;
enum class RecordKind;

// The partnership's own details: its name, short name, contact email, the day its financial
// year starts, and the two headings its minutes pair. Each field is saved as it is left.
class PartnershipSettings : public QWidget {
    Q_OBJECT

public:
    explicit PartnershipSettings(Workspace &workspace, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    QLineEdit *nameEdit() { return m_name; }
    QLineEdit *didHeadingEdit() { return m_did; }

signals:
    // The user chose one of the links to the partnership's lists.
    void agenciesRequested();
    void peopleRequested();
    void prioritiesRequested();

private:
    void load();
    void onRecordChanged(RecordKind kind, const QString &key);
    void commit();

    Workspace &m_workspace;
    Partnership m_partnership;
    bool m_readOnly = false;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QLineEdit *m_email;
    DateField *m_yearStart;
    QLineEdit *m_did;
    QLineEdit *m_difference;
};

} // namespace bd
