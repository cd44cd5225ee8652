#include "settingsgroup.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace bd {

void layOutSettingsGroup(QWidget *owner, const QString &title, const QString &label, QWidget *field,
                         const QString &note)
{
    auto *box = new QGroupBox(title, owner);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(label, field);
    auto *explanation = new QLabel(note, box);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    form->addRow(explanation);
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
}

} // namespace bd
