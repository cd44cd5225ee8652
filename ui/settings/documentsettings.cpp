#include "documentsettings.h"

#include "documents/export.h"
#include "settingsgroup.h"

#include <QComboBox>

namespace bd {

DocumentSettings::DocumentSettings(QWidget *parent)
    : QWidget(parent)
{
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSizeBox"));
    m_pageSize->setAccessibleName(tr("Paper size"));
    const QPageSize chosen = preferredPageSize();
    const QList<QPageSize> sizes = offeredPageSizes();
    for (const QPageSize &size : sizes) {
        m_pageSize->addItem(size.name(), size.key());
        if (size.isEquivalentTo(chosen))
            m_pageSize->setCurrentIndex(m_pageSize->count() - 1);
    }
    layOutSettingsGroup(this, tr("Documents"), tr("Pap&er size:"), m_pageSize,
                        tr("Minutes exported as PDF or ODT, and printed, are laid out on this paper. "
                           "boarddesk-cli uses it too."));
    connect(m_pageSize, &QComboBox::currentIndexChanged, this,
            [sizes](int index) { setPreferredPageSize(sizes.value(index, QPageSize(QPageSize::A4))); });
}

} // namespace bd
