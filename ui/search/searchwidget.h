#pragma once

#include "domain/types.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;

namespace bd {

class SearchResultsModel;
class Workspace;
enum class RecordKind;

// One search box over entries, meetings, actions and case reviews of all years, with the
// hits listed as you type.
class SearchWidget : public QWidget {
    Q_OBJECT

public:
    explicit SearchWidget(Workspace &workspace, QWidget *parent = nullptr);
    ~SearchWidget() override;

    // Puts the cursor in the search box (Ctrl+F).
    void focusSearch();

    // How long typing may pause before the hits follow it.
    static constexpr int searchPauseMs = 150;
    // Searches for \a text now, as if it had been typed.
    void setQuery(const QString &text);
    QString query() const;
    QLineEdit *searchField() const { return m_field; }
    QListView *resultsView() const { return m_results; }
    SearchResultsModel *resultsModel() const { return m_model; }

signals:
    // The user chose a hit in a meeting; \a entryRowId is 0 when the hit is the meeting itself.
    void meetingRequested(const bd::Id &meetingId, qint64 entryRowId);
    // The user chose an action or a case review.
    void actionRequested(const bd::Id &actionId);
    void caseReviewRequested(const bd::Id &caseReviewId);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void runSearch();
    void open(const QModelIndex &index);
    void onRecordChanged(RecordKind kind, const QString &key);

    Workspace &m_workspace;
    QLineEdit *m_field = nullptr;
    QLabel *m_status = nullptr;
    QListView *m_results = nullptr;
    SearchResultsModel *m_model = nullptr;
    QTimer m_pause;
};

} // namespace bd
