#include "attendancemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace bd {

namespace {

struct StatusStyle {
    QColor back;
    QColor text;
};

StatusStyle styleOf(std::optional<AttendanceStatus> status)
{
    if (!status)
        return {QColor(0xf1, 0xf3, 0xf5), QColor(0x6b, 0x72, 0x80)};
    switch (*status) {
    case AttendanceStatus::Present:
        return {QColor(0xe3, 0xf4, 0xe8), QColor(0x1d, 0x6b, 0x37)};
    case AttendanceStatus::Apologies:
        return {QColor(0xfd, 0xf0, 0xd5), QColor(0x8a, 0x55, 0x00)};
    case AttendanceStatus::Absent:
        return {QColor(0xfb, 0xe4, 0xe4), QColor(0x9b, 0x1c, 0x1c)};
    case AttendanceStatus::Deputy:
        return {QColor(0xe3, 0xed, 0xfb), QColor(0x1a, 0x4a, 0x8a)};
    }
    return {};
}

} // namespace

AttendanceModel::AttendanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString AttendanceModel::statusText(std::optional<AttendanceStatus> status)
{
    if (!status)
        return tr("Not marked");
    switch (*status) {
    case AttendanceStatus::Present:
        return tr("Present");
    case AttendanceStatus::Apologies:
        return tr("Apologies");
    case AttendanceStatus::Absent:
        return tr("Absent");
    case AttendanceStatus::Deputy:
        return tr("Deputy");
    }
    return QString();
}

void AttendanceModel::setPeople(const QList<Person> &people, const QList<Agency> &agencies)
{
    m_people.clear();
    for (const Person &person : people)
        m_people.insert(person.id, person);
    m_agencies.clear();
    for (const Agency &agency : agencies)
        m_agencies.insert(agency.id, agency);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AttendanceModel::setAttendance(const QList<Attendance> &attendance, const QList<Id> &expected, bool keepOrder)
{
    QList<Row> rows;
    QHash<Id, Row> byPerson;
    QList<Id> order;
    for (const Attendance &a : attendance) {
        byPerson.insert(a.person, Row {a.person, a.status, a.deputyFor});
        order << a.person;
    }
    for (const Id &person : expected) {
        if (!byPerson.contains(person)) {
            byPerson.insert(person, Row {person, std::nullopt, {}});
            order << person;
        }
    }
    if (keepOrder) {
        QList<Id> kept;
        for (const Row &row : std::as_const(m_rows)) {
            if (byPerson.contains(row.person))
                kept << row.person;
        }
        for (const Id &person : std::as_const(order)) {
            if (!kept.contains(person))
                kept << person;
        }
        order = kept;
    }
    for (const Id &person : std::as_const(order))
        rows << byPerson.value(person);

    const bool samePeople = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const Row &a, const Row &b) { return a.person == b.person; });
    if (samePeople) {
        // Same people in the same places: the view keeps its cursor.
        for (int i = 0; i < rows.size(); ++i) {
            if (!(rows.at(i) == m_rows.at(i))) {
                m_rows[i] = rows.at(i);
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

Id AttendanceModel::personAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).person : Id();
}

std::optional<AttendanceStatus> AttendanceModel::statusAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).status : std::nullopt;
}

QString AttendanceModel::personName(const Id &person) const
{
    const auto it = m_people.constFind(person);
    return it != m_people.cend() ? it->name : person;
}

bool AttendanceModel::save(QList<Row> rows, const QString &what)
{
    if (!m_save)
        return false;
    QList<Attendance> attendance;
    for (Row &row : rows) {
        if (!row.status)
            continue;
        if (row.status != AttendanceStatus::Deputy || row.deputyFor == row.person)
            row.deputyFor.clear(); // only a deputy deputises, and never for themselves
        attendance << Attendance {row.person, *row.status, row.deputyFor};
    }
    return m_save(attendance, what);
}

bool AttendanceModel::mark(int row, std::optional<AttendanceStatus> status)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).status == status)
        return row >= 0 && row < m_rows.size();
    QList<Row> rows = m_rows;
    rows[row].status = status;
    const QString name = personName(rows.at(row).person);
    return save(rows, status ? tr("Mark %1 %2").arg(name, statusText(status).toLower()) : tr("Unmark %1").arg(name));
}

bool AttendanceModel::setDeputyFor(int row, const Id &person)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (m_rows.at(row).deputyFor == person && m_rows.at(row).status == AttendanceStatus::Deputy)
        return true;
    QList<Row> rows = m_rows;
    rows[row].status = AttendanceStatus::Deputy;
    rows[row].deputyFor = person;
    return save(rows, tr("%1 deputises for %2").arg(personName(rows.at(row).person), personName(person)));
}

bool AttendanceModel::markRestPresent()
{
    QList<Row> rows = m_rows;
    bool any = false;
    for (Row &row : rows) {
        if (!row.status) {
            row.status = AttendanceStatus::Present;
            any = true;
        }
    }
    return any && save(rows, tr("Mark everyone else present"));
}

QList<std::pair<Id, QString>> AttendanceModel::deputyChoices(int row) const
{
    QList<std::pair<Id, QString>> choices;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != row)
            choices << std::pair {m_rows.at(i).person, personName(m_rows.at(i).person)};
    }
    std::sort(choices.begin(), choices.end(),
              [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
    return choices;
}

QString AttendanceModel::summary() const
{
    int counts[4] = {0, 0, 0, 0};
    int unmarked = 0;
    for (const Row &row : m_rows) {
        if (row.status)
            ++counts[int(*row.status)];
        else
            ++unmarked;
    }
    QStringList parts;
    if (const int n = counts[int(AttendanceStatus::Present)])
        parts << tr("%1 present").arg(n);
    if (const int n = counts[int(AttendanceStatus::Deputy)])
        parts << (n == 1 ? tr("1 deputy") : tr("%1 deputies").arg(n));
    if (const int n = counts[int(AttendanceStatus::Apologies)])
        parts << tr("%1 sent apologies").arg(n);
    if (const int n = counts[int(AttendanceStatus::Absent)])
        parts << tr("%1 absent").arg(n);
    if (unmarked)
        parts << tr("%1 to mark").arg(unmarked);
    return parts.isEmpty() ? tr("No one listed") : parts.join(QStringLiteral(" · "));
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Person person = m_people.value(row.person);
    const Agency agency = m_agencies.value(person.agency);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return person.name.isEmpty() ? row.person : person.name;
        case AgencyColumn:
            return agency.shortName.isEmpty() ? agency.name : agency.shortName;
        case StatusColumn:
            return statusText(row.status);
        case DeputyForColumn:
            return row.deputyFor.isEmpty() ? QString() : personName(row.deputyFor);
        }
        break;
    case Qt::EditRole:
        if (index.column() == DeputyForColumn)
            return row.deputyFor;
        if (index.column() == StatusColumn)
            return row.status ? enumKey(*row.status) : QString();
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == AgencyColumn)
            return agency.name;
        if (index.column() == NameColumn && !person.title.isEmpty())
            return person.title;
        break;
    case Qt::AccessibleTextRole: {
        QString text
            = (person.name.isEmpty() ? row.person : person.name) + QStringLiteral(", ") + statusText(row.status);
        if (!row.deputyFor.isEmpty())
            text += QLatin1Char(' ') + tr("for %1").arg(personName(row.deputyFor));
        return text;
    }
    case Qt::ForegroundRole:
        if (!row.status && index.column() != StatusColumn)
            return QColor(0x6b, 0x72, 0x80);
        break;
    case PersonRole:
        return row.person;
    case StatusKeyRole:
        return row.status ? enumKey(*row.status) : QString();
    default:
        break;
    }
    return {};
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AgencyColumn:
        return tr("Agency");
    case StatusColumn:
        return tr("Status");
    case DeputyForColumn:
        return tr("Deputy for");
    }
    return {};
}

bool AttendanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    if (index.column() == StatusColumn) {
        const QString key = value.toString();
        if (key.isEmpty())
            return mark(index.row(), std::nullopt);
        const auto status = enumFromKey<AttendanceStatus>(key);
        return status && mark(index.row(), status);
    }
    if (index.column() == DeputyForColumn)
        return setDeputyFor(index.row(), value.toString());
    return false;
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == DeputyForColumn && m_rows.at(index.row()).status == AttendanceStatus::Deputy)
        flags |= Qt::ItemIsEditable;
    return flags;
}

// AttendanceDelegate -------------------------------------------------------------------

void AttendanceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != AttendanceModel::StatusColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background (selection), then the status as a label with its word.
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, widget);

    const QString key = index.data(AttendanceModel::StatusKeyRole).toString();
    const std::optional<AttendanceStatus> status = key.isEmpty() ? std::nullopt : enumFromKey<AttendanceStatus>(key);
    const StatusStyle colours = styleOf(status);
    const QString text = AttendanceModel::statusText(status);
    QFont font = option.font;
    font.setPointSizeF(option.font.pointSizeF() * 0.9);
    if (status)
        font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    const int height = fm.height() + 4;
    const QRect pill(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, fm.horizontalAdvance(text) + 14,
                     height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.back);
    painter->drawRoundedRect(pill, 4, 4);
    painter->setPen(colours.text);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QWidget *AttendanceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (index.column() != AttendanceModel::DeputyForColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const auto *model = qobject_cast<const AttendanceModel *>(index.model());
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Deputy for"));
    combo->addItem(tr("Choose whom…"), QString());
    if (model) {
        for (const auto &[id, name] : model->deputyChoices(index.row()))
            combo->addItem(name, id);
    }
    // Choosing from the list is done: save it and move on.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<AttendanceDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo, QAbstractItemDelegate::NoHint);
    });
    return combo;
}

void AttendanceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int at = combo->findData(index.data(Qt::EditRole).toString());
        combo->setCurrentIndex(std::max(0, at));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void AttendanceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString person = combo->currentData().toString();
        if (!person.isEmpty())
            model->setData(index, person, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

// AttendanceView -----------------------------------------------------------------------

AttendanceView::AttendanceView(AttendanceModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setModel(model);
    setItemDelegate(new AttendanceDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setShowGrid(false);
    setAlternatingRowColors(false);
    setWordWrap(false);
    setTabKeyNavigation(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFrameShape(QFrame::NoFrame);
    verticalHeader()->hide();
    // A soft highlight: the coloured status labels stay readable on the chosen row.
    QPalette soft = palette();
    QColor tint = soft.color(QPalette::Highlight);
    tint.setAlpha(38);
    soft.setColor(QPalette::Highlight, tint);
    soft.setColor(QPalette::HighlightedText, soft.color(QPalette::Text));
    setPalette(soft);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(AttendanceModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AttendanceModel::AgencyColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AttendanceModel::StatusColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(AttendanceModel::DeputyForColumn, QHeaderView::Stretch);
    // "Deputy for" takes room only when someone is a deputy.
    auto showDeputies = [this] {
        bool any = false;
        for (int row = 0; row < m_model->rowCount() && !any; ++row)
            any = m_model->statusAt(row) == AttendanceStatus::Deputy;
        setColumnHidden(AttendanceModel::DeputyForColumn, !any);
    };
    connect(model, &QAbstractItemModel::modelReset, this, showDeputies);
    connect(model, &QAbstractItemModel::dataChanged, this, showDeputies);
    showDeputies();
    header->resizeSection(AttendanceModel::StatusColumn, fontMetrics().horizontalAdvance(tr("Not marked")) + 28);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { updateGeometry(); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { updateGeometry(); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { updateGeometry(); });
}

void AttendanceView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                             : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
}

QSize AttendanceView::sizeHint() const
{
    // As tall as the list: the page scrolls, not the table.
    const int rows = m_model->rowCount();
    const int height = horizontalHeader()->sizeHint().height() + rows * verticalHeader()->defaultSectionSize()
        + 2 * frameWidth() + 2;
    return QSize(360, height);
}

QSize AttendanceView::minimumSizeHint() const
{
    return QSize(240, sizeHint().height());
}

void AttendanceView::moveOn(int row)
{
    const int next = std::min(row + 1, m_model->rowCount() - 1);
    setCurrentIndex(m_model->index(next, AttendanceModel::StatusColumn));
}

void AttendanceView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (row >= 0 && mods == Qt::NoModifier && !m_readOnly) {
        std::optional<AttendanceStatus> status;
        bool handled = true;
        switch (event->key()) {
        case Qt::Key_P:
            status = AttendanceStatus::Present;
            break;
        case Qt::Key_A:
            status = AttendanceStatus::Apologies;
            break;
        case Qt::Key_X:
            status = AttendanceStatus::Absent;
            break;
        case Qt::Key_D:
            status = AttendanceStatus::Deputy;
            break;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            break;
        default:
            handled = false;
        }
        if (handled) {
            if (!m_model->mark(row, status))
                return; // refused: the workspace says why; the cursor stays
            if (status == AttendanceStatus::Deputy) {
                // Then whom for: the list opens on the same row.
                const QModelIndex deputy = m_model->index(row, AttendanceModel::DeputyForColumn);
                setCurrentIndex(deputy);
                edit(deputy);
                if (auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget()))
                    combo->showPopup(); // arrows choose, Enter takes it
            } else {
                moveOn(row);
            }
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void AttendanceView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QModelIndex index = currentIndex();
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    Q_UNUSED(hint);
    if (index.isValid() && index.column() == AttendanceModel::DeputyForColumn) {
        moveOn(index.row());
        setFocus(Qt::OtherFocusReason); // the list's popup had it: the next key is for the next person
    }
}

} // namespace bd
