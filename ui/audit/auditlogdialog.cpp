#include "auditlogdialog.h"

#include "common/displayformat.h"
#include "domain/displaytext.h"
#include "store/store.h"
#include "util/outputtarget.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

namespace {

// A record as JSON on one line, short enough for a cell; the tooltip holds all of it.
QString cellText(const QString &text)
{
    QString line = text.simplified();
    constexpr int most = 160;
    if (line.size() > most)
        line = line.left(most) + QChar(0x2026);
    return line;
}

QString actionText(AuditAction action)
{
    switch (action) {
    case AuditAction::Insert:
        return AuditLogModel::tr("Added");
    case AuditAction::Update:
        return AuditLogModel::tr("Changed");
    case AuditAction::Delete:
        return AuditLogModel::tr("Removed");
    case AuditAction::Import:
        return AuditLogModel::tr("Imported");
    }
    return {};
}

} // namespace

void AuditLogModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole) {
        // What users typed: always read as text, never as HTML.
        const QModelIndex display = index;
        const QString text = Column(index.column()) == Before ? entry.before.left(4000)
            : Column(index.column()) == After               ? entry.after.left(4000)
                                                            : data(display, Qt::DisplayRole).toString();
        return text.isEmpty() ? QVariant() : QVariant(toolTipText(text));
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case When:
            return displayDateTime(entry.at.toLocalTime());
        case User:
            return entry.osUser;
        case Kind:
            return entry.kind;
        case Record:
            return entry.recordKey;
        case Action:
            return actionText(entry.action);
        case Before:
            return cellText(entry.before);
        case After:
            return cellText(entry.after);
        case ColumnCount:
            break;
        }
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case User:
        return tr("Who");
    case Kind:
        return tr("What");
    case Record:
        return tr("Record");
    case Action:
        return tr("Change");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case ColumnCount:
        break;
    }
    return {};
}

Result<void> writeAuditLog(const QString &path, const QList<AuditEntry> &entries, const QString &database)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("json"))
        bytes = auditLogToJson(entries);
    else if (suffix == QLatin1String("csv"))
        bytes = auditLogToCsv(entries);
    else
        return Error {AuditLogDialog::tr("Cannot tell the format of %1: name it .csv or .json.")
                          .arg(QDir::toNativeSeparators(path))};
    return writeOutputFile(path, bytes, {.database = database});
}

AuditLogDialog::AuditLogDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new AuditLogModel(this))
    , m_filtered(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Audit log"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every change saved in this partnership: who made it, when, and the record before "
                                "and after. Newest first."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(tr("Any text: a user, a kind of record, an id, a word in the change"));
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    layout->addLayout(filterRow);

    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export..."), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    m_export->setToolTip(tr("Write the rows shown to a CSV or JSON file"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::exportDialog);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtered->setFilterFixedString(text);
        updateCount();
    });
    reload();
    resize(960, 560);
}

void AuditLogDialog::reload()
{
    auto entries = audit::read(m_store.database(), AuditFilter {.newestFirst = true});
    if (!entries) {
        m_model->setEntries({});
        m_count->setText(entries.errorMessage());
        return;
    }
    m_model->setEntries(std::move(*entries));
    m_table->resizeColumnsToContents();
    for (int column : {AuditLogModel::Before, AuditLogModel::After})
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 280));
    updateCount();
}

void AuditLogDialog::updateCount()
{
    m_count->setText(tr("%n change(s)", nullptr, m_filtered->rowCount()));
    m_export->setEnabled(m_filtered->rowCount() > 0);
}

QList<AuditEntry> AuditLogDialog::shownEntries() const
{
    QList<AuditEntry> shown;
    for (int row = 0; row < m_filtered->rowCount(); ++row)
        shown << m_model->entries().at(m_filtered->mapToSource(m_filtered->index(row, 0)).row());
    return shown;
}

Result<void> AuditLogDialog::exportTo(const QString &path) const
{
    return writeAuditLog(path, shownEntries(), m_store.path());
}

void AuditLogDialog::exportDialog()
{
    const QString csv = tr("CSV, for a spreadsheet (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString filter = csv;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"),
                                                QDir(folder).filePath(tr("audit log.csv")),
                                                QStringList {csv, json}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == json ? QStringLiteral(".json") : QStringLiteral(".csv");
    if (auto written = exportTo(path); !written)
        QMessageBox::warning(this, tr("Could not export"), written.errorMessage());
}

} // namespace bd
