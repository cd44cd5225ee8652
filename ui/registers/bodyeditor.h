#pragma once

#include "domain/types.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace bd {

class DateField;

class MembershipTableModel;
class Workspace;
enum class RecordKind;

// Edits one body: its name, kind, parent, purpose, when it was established and when it
// concluded, and its members. Each field is saved as it is left (or chosen), through the
// workspace's undo stack.
class BodyEditor : public QWidget {
    Q_OBJECT

public:
    explicit BodyEditor(Workspace &workspace, QWidget *parent = nullptr);
    ~BodyEditor() override;

    void setBody(const Id &bodyId);
    Id bodyId() const { return m_body.id; }
    void setReadOnly(bool readOnly);

    QLineEdit *nameEdit() { return m_name; }
    QComboBox *kindBox() { return m_kind; }
    QPlainTextEdit *purposeEdit() { return m_purpose; }
    QCheckBox *concludedCheck() { return m_concludedCheck; }
    DateField *concludedEdit() { return m_concluded; }
    QTableView *membersTable() { return m_members; }
    MembershipTableModel *membersModel() { return m_membersModel; }

    // Adds the first person not yet a member, from today, and opens the name for a choice.
    void addMember();
    void removeCurrentMember();

signals:
    void newMeetingRequested(const bd::Id &bodyId);

protected:
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void showBody();
    void fillParents();
    void onRecordChanged(RecordKind kind, const QString &key);
    // Saves \a after in place of the body shown; restores the fields if it was refused.
    void save(const Body &after, const QString &text);
    void commitName();
    void commitKind();
    void commitParent();
    void commitPurpose();
    void commitDates();

    Workspace &m_workspace;
    Body m_body;
    bool m_readOnly = false;
    QLabel *m_heading;
    QLabel *m_summary;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_parent;
    QPlainTextEdit *m_purpose;
    QCheckBox *m_establishedCheck;
    DateField *m_established;
    QCheckBox *m_concludedCheck;
    DateField *m_concluded;
    QTableView *m_members;
    MembershipTableModel *m_membersModel;
    QPushButton *m_addMember;
    QPushButton *m_removeMember;
    QPushButton *m_newMeeting;
};

} // namespace bd
