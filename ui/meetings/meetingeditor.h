#pragma once

#include "domain/types.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;

namespace bd {

class DateField;

class ActionsArisingModel;
class AttendanceModel;
class AttendanceView;
class OutlineModel;
class OutlineView;
class UndoKeys;
class Workspace;
enum class RecordKind;

// Edits one meeting: its details, attendance, the two entry lists and the actions arising.
// Every change is saved as it is made, through the workspace's undo stack.
class MeetingEditor : public QWidget {
    Q_OBJECT

public:
    explicit MeetingEditor(Workspace &workspace, QWidget *parent = nullptr);
    ~MeetingEditor() override;

    // Shows the meeting with this id (an empty id shows nothing).
    void setMeeting(const Id &meetingId);
    Id meetingId() const { return m_meetingId; }
    // Selects the bullet with this rowId and puts the cursor in it.
    void selectEntry(qint64 entryRowId);

    // Saves what is being typed now, rather than after the short pause.
    void flush();
    // Shows the meeting without letting it change (a file open read-only).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The bullets under one heading (Did, Difference; Note when the meeting has notes).
    OutlineView *outline(EntryKind kind) const;
    AttendanceView *attendanceView() const { return m_attendanceView; }

signals:
    // The meeting's body, date or status changed: navigators showing it should refresh.
    void meetingChanged(const bd::Id &meetingId);

private:
    void buildUi();
    QWidget *buildDetails();
    QWidget *buildAttendance();
    QWidget *buildMinutes();
    QWidget *buildActions();
    void setTabOrders();

    void loadAll();
    void loadLookups();
    void showMeeting(const Meeting &meeting, bool keepAttendanceOrder);
    void showTitle();
    void loadActions();
    void onRecordChanged(RecordKind kind, const QString &key);

    void scheduleDetails();
    void saveDetails();
    bool saveMeeting(const Meeting &after, const QString &what);
    bool saveAttendance(const QList<Attendance> &attendance, const QString &what);
    void copyLastAttendance();
    void addAction();
    void showAddAction(bool show);
    void actionMenu(const QPoint &at);
    void rateAction(const Id &action, Rag rag);
    void showMessage(const QString &message);

    QList<Id> expectedPeople(const Meeting &meeting) const;
    Id previousMeeting(const Meeting &meeting) const;

    Workspace &m_workspace;
    Id m_meetingId;
    Meeting m_meeting;
    bool m_readOnly = false;
    bool m_updating = false; // widgets are being filled: their signals are not user changes
    QTimer m_detailsTimer;
    UndoKeys *m_undoKeys = nullptr;

    // What the fields choose from.
    Partnership m_partnership;
    QList<Body> m_bodies;
    QList<Person> m_people;
    QList<Agency> m_agencies;
    QList<Priority> m_priorities;

    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_export = nullptr;

    QComboBox *m_body = nullptr;
    DateField *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QLineEdit *m_location = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_minutes = nullptr;
    DateField *m_approvedOn = nullptr;
    QLabel *m_casesLabel = nullptr;
    QSpinBox *m_cases = nullptr;

    AttendanceModel *m_attendance = nullptr;
    AttendanceView *m_attendanceView = nullptr;
    QLabel *m_attendanceSummary = nullptr;
    QPushButton *m_sameAsLast = nullptr;
    QPushButton *m_restPresent = nullptr;

    struct Section {
        EntryKind kind;
        QLabel *heading = nullptr;
        QWidget *box = nullptr;
        OutlineModel *model = nullptr;
        OutlineView *view = nullptr;
        QPushButton *add = nullptr;
    };
    QList<Section> m_sections;

    ActionsArisingModel *m_actions = nullptr;
    QListView *m_actionsView = nullptr;
    QLabel *m_noActions = nullptr;
    QPushButton *m_showAddAction = nullptr;
    QWidget *m_addActionForm = nullptr;
    QLineEdit *m_newAction = nullptr;
    QComboBox *m_newOwner = nullptr;
    DateField *m_newDue = nullptr;
    QPushButton *m_addAction = nullptr;
};

} // namespace bd
