#include "auditlogdialog.h"

#include "common/datefield.h"
#include "common/displayformat.h"
#include "domain/displaytext.h"
#include "store/store.h"
#include "util/outputtarget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bd {

namespace {

// The filters of the dialog: a kind of record, a user, a range of days, and any text shown.
class AuditFilterModel : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QString kind;
    QString user;
    QDate from;
    QDate to;
    QString text;

    void update() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (!kind.isEmpty() && first.data(AuditLogModel::KindKeyRole).toString() != kind)
            return false;
        if (!user.isEmpty() && first.data(AuditLogModel::UserRole_).toString() != user)
            return false;
        const QDate day = first.data(AuditLogModel::AtRole).toDateTime().toLocalTime().date();
        if ((from.isValid() && day < from) || (to.isValid() && day > to))
            return false;
        if (text.trimmed().isEmpty())
            return true;
        for (int column = 0; column < sourceModel()->columnCount(parent); ++column) {
            if (sourceModel()
                    ->index(row, column, parent)
                    .data()
                    .toString()
                    .contains(text.trimmed(), Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

} // namespace

void AuditLogModel::setEntries(QList<AuditEntry> entries, AuditDescriber &describer)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_descriptions.clear();
    m_descriptions.reserve(m_entries.size());
    for (const AuditEntry &entry : std::as_const(m_entries))
        m_descriptions << describer.describe(entry);
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
    const ChangeDescription &d = m_descriptions.at(index.row());
    switch (role) {
    case KindKeyRole:
        return entry.kind;
    case UserRole_:
        return entry.osUser;
    case AtRole:
        return entry.at;
    case Qt::ToolTipRole: {
        // What users typed: always read as text, never as HTML.
        const QString text = data(index, Qt::DisplayRole).toString();
        return text.isEmpty() ? QVariant() : QVariant(toolTipText(text));
    }
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case When:
            return displayDateTime(entry.at.toLocalTime());
        case User:
            return d.who;
        case Kind: {
            QString kind = d.kind;
            if (!kind.isEmpty())
                kind[0] = kind.at(0).toUpper();
            return kind;
        }
        case Record:
            return d.record;
        case Change:
            return d.sentence;
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
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
    case Change:
        return tr("Change");
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
    , m_describer(store)
    , m_model(new AuditLogModel(this))
    , m_filtered(new AuditFilterModel(this))
{
    setWindowTitle(tr("Audit log"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every change saved in this partnership: who made it, when, and what changed. "
                                "Newest first; select a change to see its fields before and after."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *filters = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind of record"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    labelled(tr("&Record:"), m_kind);
    m_user = new QComboBox(this);
    m_user->setAccessibleName(tr("User"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    labelled(tr("&User:"), m_user);
    m_from = new DateField(this);
    m_from->setAccessibleName(tr("From"));
    m_from->setAllowEmpty(true, tr("the start"));
    m_from->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    labelled(tr("Fr&om:"), m_from);
    m_to = new DateField(this);
    m_to->setAccessibleName(tr("To"));
    m_to->setAllowEmpty(true, tr("today"));
    m_to->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    labelled(tr("&To:"), m_to);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setAccessibleName(tr("Text to find"));
    m_filter->setPlaceholderText(tr("Any word of the change"));
    m_filter->setClearButtonEnabled(true);
    labelled(tr("&Find:"), m_filter);
    filters->setStretchFactor(m_filter, 1);
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_filtered->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Changes"));
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table, 3);

    auto *fieldsLabel = new QLabel(tr("F&ields of the change"), this);
    layout->addWidget(fieldsLabel);
    m_fields = new QTableWidget(0, 3, this);
    m_fields->setObjectName(QStringLiteral("auditFields"));
    m_fields->setAccessibleName(tr("Fields of the change"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setTabKeyNavigation(false);
    m_fields->setWordWrap(true);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    fieldsLabel->setBuddy(m_fields);
    layout->addWidget(m_fields, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export..."), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    m_export->setToolTip(tr("Write the rows shown to a CSV or JSON file"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::exportDialog);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &AuditLogDialog::applyFilters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilters);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilters);
    connect(m_from, &DateField::dateChanged, this, &AuditLogDialog::applyFilters);
    connect(m_to, &DateField::dateChanged, this, &AuditLogDialog::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogDialog::showFields);
    reload();
    resize(1040, 640);
}

void AuditLogDialog::reload()
{
    auto entries = audit::read(m_store.database(), AuditFilter {.newestFirst = true});
    if (!entries) {
        m_model->setEntries({}, m_describer);
        m_count->setText(entries.errorMessage());
        return;
    }
    m_model->setEntries(std::move(*entries), m_describer);
    // The choices are what the log holds.
    QMap<QString, QString> kinds; // by name, for the order
    QStringList users;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const AuditEntry &entry = m_model->entries().at(row);
        kinds.insert(m_model->index(row, AuditLogModel::Kind).data().toString(), entry.kind);
        if (!users.contains(entry.osUser))
            users << entry.osUser;
    }
    {
        const QSignalBlocker blockKinds(m_kind);
        const QSignalBlocker blockUsers(m_user);
        m_kind->clear();
        m_kind->addItem(tr("Every kind"), QString());
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            m_kind->addItem(it.key(), it.value());
        m_user->clear();
        m_user->addItem(tr("Everyone"), QString());
        users.sort(Qt::CaseInsensitive);
        for (const QString &user : std::as_const(users))
            m_user->addItem(user.isEmpty() ? tr("(not recorded)") : user, user);
    }
    // Columns as wide as their text, within limits; the change takes the rest.
    m_table->resizeColumnsToContents();
    const int most = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36;
    for (int column : {AuditLogModel::When, AuditLogModel::User, AuditLogModel::Kind, AuditLogModel::Record})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), most));
    applyFilters();
    if (m_filtered->rowCount() > 0)
        m_table->setCurrentIndex(m_filtered->index(0, 0));
}

void AuditLogDialog::applyFilters()
{
    auto *filter = static_cast<AuditFilterModel *>(m_filtered);
    filter->kind = m_kind->currentData().toString();
    filter->user = m_user->currentData().toString();
    filter->from = m_from->date();
    filter->to = m_to->date();
    filter->text = m_filter->text();
    filter->update();
    updateCount();
    showFields();
}

void AuditLogDialog::showFields()
{
    m_fields->setRowCount(0);
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const ChangeDescription &d = m_model->description(m_filtered->mapToSource(current).row());
    m_fields->setRowCount(int(d.fields.size()));
    for (int row = 0; row < d.fields.size(); ++row) {
        const FieldChange &field = d.fields.at(row);
        int column = 0;
        for (const QString &text : {field.field, field.before, field.after}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(toolTipText(text));
            m_fields->setItem(row, column++, item);
        }
    }
    m_fields->resizeRowsToContents();
}

void AuditLogDialog::updateCount()
{
    const int shown = m_filtered->rowCount();
    m_count->setText(shown == 1 ? tr("1 change") : tr("%1 changes").arg(britishLocale().toString(shown)));
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
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export the audit log"), QDir(folder).filePath(tr("audit log.csv")),
                                       QStringList {csv, json}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == json ? QStringLiteral(".json") : QStringLiteral(".csv");
    if (auto written = exportTo(path); !written)
        QMessageBox::warning(this, tr("Could not export"), written.errorMessage());
}

} // namespace bd
