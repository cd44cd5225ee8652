#include "searchwidget.h"

#include "searchresultsmodel.h"

#include "common/workspace.h"
#include "store/search.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace bd {

namespace {

// Enough to find a thing by a few words; more is a sign the words should be more precise.
constexpr int hitLimit = 80;

} // namespace

SearchWidget::SearchWidget(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    m_field = new QLineEdit(this);
    m_field->setPlaceholderText(tr("Search minutes, actions, case reviews (Ctrl+F)"));
    m_field->setAccessibleName(tr("Search"));
    m_field->setClearButtonEnabled(true);
    layout->addWidget(m_field);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, QColor(0x5f, 0x67, 0x73));
    m_status->setPalette(p);
    layout->addWidget(m_status);

    m_model = new SearchResultsModel(this);
    m_results = new QListView(this);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setUniformItemSizes(false);
    m_results->setWordWrap(true);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_results, 1);
    setFocusProxy(m_field);

    m_pause.setSingleShot(true);
    m_pause.setInterval(searchPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &SearchWidget::runSearch);
    connect(m_field, &QLineEdit::textChanged, &m_pause, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_pause.isActive())
            runSearch();
        const QModelIndex current = m_results->currentIndex();
        open(current.isValid() ? current : m_model->index(0, 0));
    });
    connect(m_results, &QListView::activated, this, &SearchWidget::open);
    connect(&workspace, &Workspace::recordChanged, this, &SearchWidget::onRecordChanged);
    m_field->installEventFilter(this);
}

SearchWidget::~SearchWidget() = default;

void SearchWidget::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchWidget::setQuery(const QString &text)
{
    m_field->setText(text);
    runSearch();
}

QString SearchWidget::query() const
{
    return m_field->text();
}

void SearchWidget::runSearch()
{
    m_pause.stop();
    const QString text = m_field->text();
    const QStringList words = searchWords(text);
    if (words.isEmpty()) {
        m_model->setHits({}, {});
        m_status->clear();
        return;
    }
    auto found = search(m_workspace.store(), text, hitLimit);
    if (!found) {
        m_model->setHits({}, {});
        m_status->setText(found.errorMessage());
        return;
    }
    m_model->setHits(*found, words);
    if (found->isEmpty())
        m_status->setText(tr("Nothing found for \u201c%1\u201d.").arg(text.trimmed()));
    else if (found->size() >= hitLimit)
        m_status->setText(tr("The first %1 results; add a word to narrow them.").arg(found->size()));
    else
        m_status->setText(found->size() == 1 ? tr("1 result") : tr("%1 results").arg(found->size()));
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0, 0));
}

void SearchWidget::open(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto kind = SearchKind(index.data(SearchResultsModel::KindRole).toInt());
    const Id id = index.data(SearchResultsModel::RecordIdRole).toString();
    switch (kind) {
    case SearchKind::Entry:
        emit meetingRequested(id, index.data(SearchResultsModel::EntryRowIdRole).toLongLong());
        break;
    case SearchKind::Meeting:
        emit meetingRequested(id, 0);
        break;
    case SearchKind::Action:
        emit actionRequested(id);
        break;
    case SearchKind::CaseReview:
        emit caseReviewRequested(id);
        break;
    }
}

void SearchWidget::onRecordChanged(RecordKind kind, const QString &)
{
    // The hits follow the records, unless they cannot have changed.
    if (kind == RecordKind::Entry || kind == RecordKind::Meeting || kind == RecordKind::Action
        || kind == RecordKind::CaseReview || kind == RecordKind::Body) {
        if (!m_field->text().trimmed().isEmpty())
            m_pause.start();
    }
}

bool SearchWidget::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_field && event->type() == QEvent::KeyPress) {
        // Up and Down choose among the hits without leaving the box.
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_model->rowCount() > 0) {
            const int row = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
            const int next = std::clamp(row + (key->key() == Qt::Key_Down ? 1 : -1), 0, m_model->rowCount() - 1);
            m_results->setCurrentIndex(m_model->index(next, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
    }
    return QWidget::eventFilter(object, event);
}

} // namespace bd
