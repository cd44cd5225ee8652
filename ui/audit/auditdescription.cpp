#include "auditdescription.h"

#include "common/displayformat.h"
#include "domain/displaytext.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace bd {

namespace {

// The fields that name another record by its id.
bool isReference(const QString &key)
{
    static const QSet<QString> keys {
        QStringLiteral("body"),        QStringLiteral("parent"),    QStringLiteral("owner"),
        QStringLiteral("ownerAgency"), QStringLiteral("agency"),    QStringLiteral("leadAgency"),
        QStringLiteral("person"),      QStringLiteral("deputyFor"), QStringLiteral("raisedAt"),
        QStringLiteral("meeting"),     QStringLiteral("workplan"),  QStringLiteral("caseReview"),
        QStringLiteral("course"),      QStringLiteral("source"),    QStringLiteral("priorities")};
    return keys.contains(key);
}

// Fields whose text is the archive's Markdown.
bool isMarkdown(const QString &key)
{
    return key == QLatin1String("text") || key == QLatin1String("purpose") || key == QLatin1String("description")
        || key == QLatin1String("note");
}

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// A long text cut to a phrase, for a sentence.
QString shortened(const QString &text, int most = 70)
{
    const QString line = text.simplified();
    return line.size() <= most ? line : line.left(most - 1).trimmed() + QChar(0x2026);
}

} // namespace

AuditDescriber::AuditDescriber(Store &store)
    : m_store(store)
{
}

QString AuditDescriber::kindName(const QString &kind)
{
    static const QHash<QString, const char *> names {
        {QStringLiteral("partnership"), QT_TR_NOOP("partnership")},
        {QStringLiteral("agency"), QT_TR_NOOP("agency")},
        {QStringLiteral("person"), QT_TR_NOOP("person")},
        {QStringLiteral("body"), QT_TR_NOOP("body")},
        {QStringLiteral("membership"), QT_TR_NOOP("membership")},
        {QStringLiteral("priority"), QT_TR_NOOP("priority")},
        {QStringLiteral("meeting"), QT_TR_NOOP("meeting")},
        {QStringLiteral("entry"), QT_TR_NOOP("bullet")},
        {QStringLiteral("workplan"), QT_TR_NOOP("workplan")},
        {QStringLiteral("action"), QT_TR_NOOP("action")},
        {QStringLiteral("risk"), QT_TR_NOOP("risk")},
        {QStringLiteral("funding"), QT_TR_NOOP("funding")},
        {QStringLiteral("spending"), QT_TR_NOOP("spending")},
        {QStringLiteral("caseReview"), QT_TR_NOOP("case review")},
        {QStringLiteral("course"), QT_TR_NOOP("course")},
        {QStringLiteral("trainingSession"), QT_TR_NOOP("training session")},
        {QStringLiteral("keyFact"), QT_TR_NOOP("key fact")},
        {QStringLiteral("source"), QT_TR_NOOP("source")},
        {QStringLiteral("reportText"), QT_TR_NOOP("report text")},
        {QStringLiteral("newsletter"), QT_TR_NOOP("newsletter")},
        {QStringLiteral("import"), QT_TR_NOOP("import")}};
    const auto found = names.constFind(kind);
    return found != names.cend() ? tr(*found) : kind;
}

QString AuditDescriber::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels {
        {QStringLiteral("amountPence"), QT_TR_NOOP("Amount")},
        {QStringLiteral("due"), QT_TR_NOOP("Due date")},
        {QStringLiteral("raisedAt"), QT_TR_NOOP("Raised at")},
        {QStringLiteral("ownerAgency"), QT_TR_NOOP("Owner's agency")},
        {QStringLiteral("deputyFor"), QT_TR_NOOP("Deputy for")},
        {QStringLiteral("parent"), QT_TR_NOOP("Part of")},
        {QStringLiteral("did"), QT_TR_NOOP("First minutes heading")},
        {QStringLiteral("difference"), QT_TR_NOOP("Second minutes heading")},
        {QStringLiteral("casesReviewed"), QT_TR_NOOP("Cases reviewed")},
        {QStringLiteral("minutes"), QT_TR_NOOP("Minutes")},
        {QStringLiteral("rag"), QT_TR_NOOP("Rating")},
        {QStringLiteral("financialYearStart"), QT_TR_NOOP("Financial year starts on")},
        {QStringLiteral("entries"), QT_TR_NOOP("Bullets")},
        {QStringLiteral("reviews"), QT_TR_NOOP("Reviews")}};
    if (const auto found = labels.constFind(key); found != labels.cend())
        return tr(*found);
    // camelCase in words: "approvedOn" -> "Approved on".
    QString words;
    for (const QChar c : key) {
        if (c.isUpper() && !words.isEmpty())
            words += QLatin1Char(' ') + c.toLower();
        else
            words += c;
    }
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

void AuditDescriber::readNames()
{
    if (m_read)
        return;
    m_read = true;
    const auto add = [this](const QString &id, const QString &name) {
        if (!id.isEmpty() && !name.isEmpty())
            m_names.insert(id, name);
    };
    if (auto list = m_store.list<Person>())
        for (const Person &p : *list)
            add(p.id, p.name);
    if (auto list = m_store.list<Agency>())
        for (const Agency &a : *list)
            add(a.id, a.name);
    if (auto list = m_store.list<Body>())
        for (const Body &b : *list)
            add(b.id, b.name);
    if (auto list = m_store.list<Priority>())
        for (const Priority &p : *list)
            add(p.id, p.title);
    if (auto list = m_store.list<Workplan>())
        for (const Workplan &w : *list)
            add(w.id, w.title);
    if (auto list = m_store.list<CaseReview>())
        for (const CaseReview &c : *list)
            add(c.id, c.name);
    if (auto list = m_store.list<Course>())
        for (const Course &c : *list)
            add(c.id, c.title);
    if (auto list = m_store.list<Action>())
        for (const Action &a : *list)
            add(a.id, a.ref.isEmpty() ? shortened(plainText(a.text)) : a.ref);
    if (auto list = m_store.meetingSummaries())
        for (const MeetingSummary &m : *list)
            add(m.id, tr("%1, %2").arg(m_names.value(m.body, m.body), displayDate(m.date)));
}

QString AuditDescriber::nameOf(const QString &id)
{
    readNames();
    return m_names.value(id);
}

QString AuditDescriber::recordName(const QString &kind, const QString &key, const QJsonObject &record)
{
    if (kind == QLatin1String("partnership"))
        return record.value(QStringLiteral("name")).toString();
    if (kind == QLatin1String("meeting")) {
        const QString body = nameOf(record.value(QStringLiteral("body")).toString());
        const QDate date = QDate::fromString(record.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!body.isEmpty() && date.isValid())
            return tr("%1, %2").arg(body, displayDate(date));
    }
    if (kind == QLatin1String("membership")) {
        const QString person = nameOf(record.value(QStringLiteral("person")).toString());
        const QString body = nameOf(record.value(QStringLiteral("body")).toString());
        if (!person.isEmpty() && !body.isEmpty())
            return tr("%1 in %2").arg(person, body);
    }
    if (kind == QLatin1String("action")) {
        const QString ref = record.value(QStringLiteral("ref")).toString();
        const QString text = shortened(plainText(record.value(QStringLiteral("text")).toString()));
        if (!text.isEmpty())
            return ref.isEmpty() ? text : tr("%1 %2").arg(ref, text);
    }
    for (const char *field : {"name", "title", "label", "text", "section", "category"}) {
        const QString value = record.value(QLatin1String(field)).toString();
        if (!value.isEmpty())
            return shortened(plainText(value));
    }
    if (const QString named = nameOf(key); !named.isEmpty())
        return named;
    return key;
}

QString AuditDescriber::valueText(const QString &key, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isDouble()) {
        if (key == QLatin1String("amountPence"))
            return displayMoney(qint64(value.toDouble()));
        return QString::number(value.toDouble());
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QStringList parts;
        for (const QJsonValue &item : array) {
            if (!item.isString())
                return array.size() == 1 ? tr("1 item") : tr("%1 items").arg(array.size());
            parts << valueText(key, item);
        }
        return parts.join(QStringLiteral(", "));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    const QString text = value.toString();
    if (isReference(key)) {
        const QString name = nameOf(text);
        return name.isEmpty() ? text : name;
    }
    static const QRegularExpression isoDate(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (isoDate.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return displayDate(date);
    }
    if (isMarkdown(key))
        return plainText(text);
    // An enumeration's key reads as a word: "approved" -> "Approved".
    static const QRegularExpression word(QStringLiteral(R"(^[a-z][a-zA-Z]*$)"));
    if (key != QLatin1String("name") && key != QLatin1String("title") && word.match(text).hasMatch())
        return fieldLabel(text);
    return text;
}

ChangeDescription AuditDescriber::describe(const AuditEntry &entry)
{
    ChangeDescription d;
    d.who = entry.osUser.isEmpty() ? tr("Someone (not recorded)") : entry.osUser;
    d.kind = kindName(entry.kind);
    if (entry.action == AuditAction::Import) {
        const QJsonObject counts = objectOf(entry.after);
        int total = 0;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            total += it.value().toInt();
        d.record = tr("The whole partnership");
        d.sentence = tr("%1 imported an archive of %2 records, replacing what the partnership held.")
                         .arg(d.who, britishLocale().toString(total));
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            const QJsonObject before = objectOf(entry.before);
            d.fields << FieldChange {fieldLabel(it.key()), QString::number(before.value(it.key()).toInt()),
                                     QString::number(it.value().toInt())};
        }
        return d;
    }
    const QJsonObject before = objectOf(entry.before);
    const QJsonObject after = objectOf(entry.after);
    d.record = recordName(entry.kind, entry.recordKey, after.isEmpty() ? before : after);

    QStringList keys = after.keys();
    for (const QString &key : before.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    // The archive's order of fields is lost in a QJsonObject: the key first, then by name.
    QStringList changed;
    for (const QString &key : std::as_const(keys)) {
        if (key == QLatin1String("id"))
            continue;
        const QJsonValue was = before.value(key);
        const QJsonValue is = after.value(key);
        if (was == is)
            continue;
        FieldChange change {fieldLabel(key), valueText(key, was), valueText(key, is)};
        if (change.before == change.after && !change.before.isEmpty())
            continue;
        if (change.before.isEmpty() && change.after.isEmpty())
            continue;
        changed << change.field.toLower();
        // An empty side says so, rather than a blank a reader might take for a fault.
        if (change.before.isEmpty() && entry.action != AuditAction::Insert)
            change.before = tr("(none)");
        if (change.after.isEmpty() && entry.action != AuditAction::Delete)
            change.after = tr("(none)");
        d.fields << change;
    }
    const QString what = tr("the %1 \u201c%2\u201d").arg(d.kind, d.record);
    switch (entry.action) {
    case AuditAction::Insert:
        d.sentence = tr("%1 added %2.").arg(d.who, what);
        break;
    case AuditAction::Delete:
        d.sentence = tr("%1 removed %2.").arg(d.who, what);
        break;
    case AuditAction::Update: {
        QString fields;
        if (changed.size() == 1)
            fields = changed.constFirst();
        else if (changed.size() > 1)
            fields = tr("%1 and %2")
                         .arg(changed.mid(0, changed.size() - 1).join(QStringLiteral(", ")), changed.constLast());
        d.sentence = fields.isEmpty() ? tr("%1 saved %2 unchanged.").arg(d.who, what)
                                      : tr("%1 changed the %2 of %3.").arg(d.who, fields, what);
        break;
    }
    case AuditAction::Import:
        break;
    }
    return d;
}

} // namespace bd
