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
    for (const QPageSize &size : offeredPageSizes()) {
        m_pageSize->addItem(size.name(), size.key());
        if (size.isEquivalentTo(chosen))
            m_pageSize->setCurrentIndex(m_pageSize->count() - 1);
    }
    layOutSettingsGroup(this, tr("Documents"), tr("Pap&er size:"), m_pageSize,
                        tr("Minutes exported as PDF or ODT, and printed, are laid out on this paper. "
                           "boarddesk-cli uses it too."));
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_pageSize->currentData().toString();
        for (const QPageSize &size : offeredPageSizes())
            if (size.key() == key)
                setPreferredPageSize(size);
    });
}

} // namespace bd
