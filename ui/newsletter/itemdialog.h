#pragma once

#include "domain/types.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QLabel;

namespace bd {

// Adds or edits one item of a newsletter issue: its section (one of the or a new
// one), its title, its text (the Markdown subset: **bold**, *italic*, [label](address),
// "- " bullets) and its links, each a label and an address. OK is refused, with a reason,
// while the section or title is empty or a link has no address; a link the checker finds
// malformed is named under the links, but may be kept.
class NewsletterItemDialog : public QDialog {
    Q_OBJECT

public:
    NewsletterItemDialog(const NewsletterItem &item, const QStringList &sections, QWidget *parent = nullptr);

    // The item as the fields now say (links without an address or label left out).
    NewsletterItem item() const;
    void setItem(const NewsletterItem &item);

    QComboBox *sectionBox() { return m_section; }
    QLineEdit *titleEdit() { return m_title; }
    QPlainTextEdit *bodyEdit() { return m_body; }
    QTableWidget *linkTable() { return m_links; }
    // Adds a link row (label, address) and returns its row.
    int addLink(const QString &label = {}, const QString &url = {});

    void accept() override;

private:
    void updateFindings();

    QComboBox *m_section;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QTableWidget *m_links;
    QLabel *m_findings;
    QLabel *m_problem;
};

} // namespace bd
