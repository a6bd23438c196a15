#include "casefile/NeedsTab.h"

#include "casefile/CaseFileDraft.h"
#include "common/FormErrors.h"
#include "queries/CaseFileSnapshot.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>

namespace passerelle {

NeedsTab::NeedsTab(FormErrors &errors, QWidget *parent) : CaseFileTab(parent)
{
    setObjectName(QStringLiteral("needsTab"));
    auto *grid = new QGridLayout(this);

    auto *problemsLabel = new QLabel(tr("&Problématiques repérées"), this);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problématiques repérées"));
    m_problems->setToolTip(tr("Espace coche ou décoche la problématique sélectionnée."));
    problemsLabel->setBuddy(m_problems);
    auto *problemsMessage = new QLabel(this);
    errors.bind(QStringLiteral("case.case_problem.code"), m_problems, problemsMessage);
    grid->addWidget(problemsLabel, 0, 0);
    grid->addWidget(m_problems, 1, 0, 3, 1);
    grid->addWidget(problemsMessage, 4, 0);

    const auto addText = [&](const QString &text, QPlainTextEdit *&edit, const QString &name,
                             const QString &field, const QString &placeholder, int row) {
        auto *label = new QLabel(text, this);
        edit = new QPlainTextEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(QString(text).remove(u'&'));
        edit->setTabChangesFocus(true);
        edit->setPlaceholderText(placeholder);
        label->setBuddy(edit);
        auto *message = new QLabel(this);
        errors.bind(field, edit, message);
        grid->addWidget(label, row, 1);
        grid->addWidget(edit, row + 1, 1);
        grid->addWidget(message, row + 2, 1);
        connect(edit, &QPlainTextEdit::textChanged, this, &NeedsTab::markEdited);
    };
    addText(tr("Besoins exprimés par la pe&rsonne"), m_needsPerson, QStringLiteral("needsPerson"),
            QStringLiteral("case.needs_person"),
            tr("Avec ses mots : ce qu'elle demande, ce qui compte pour elle"), 0);
    addText(tr("Besoins repérés par les pro&fessionnels"), m_needsProfessional,
            QStringLiteral("needsProfessional"), QStringLiteral("case.needs_professional"),
            tr("Ce que l'équipe et les partenaires observent"), 3);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);

    connect(m_problems, &QListWidget::itemChanged, this, &NeedsTab::markEdited);
}

void NeedsTab::load(const CaseFileSnapshot &s)
{
    const LoadGuard guard(*this);
    const QStringList &chosen = s.caseFile.problems;
    m_problems->clear();
    for (const ReferenceItem &item : s.lists.value(QStringLiteral("problem_typology"))) {
        const bool checked = chosen.contains(item.code);
        if (item.archivedAt.isValid() && !checked)
            continue;
        auto *row = new QListWidgetItem(item.label(), m_problems);
        row->setData(Qt::UserRole, item.code);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_needsPerson->setPlainText(s.caseFile.needsPerson);
    m_needsProfessional->setPlainText(s.caseFile.needsProfessional);
}

void NeedsTab::apply(CaseFileDraft &draft, FieldErrors &) const
{
    QStringList problems;
    for (int i = 0; i < m_problems->count(); ++i)
        if (m_problems->item(i)->checkState() == Qt::Checked)
            problems.append(m_problems->item(i)->data(Qt::UserRole).toString());
    draft.caseFile.problems = problems;
    draft.caseFile.needsPerson = m_needsPerson->toPlainText().trimmed();
    draft.caseFile.needsProfessional = m_needsProfessional->toPlainText().trimmed();
}

} // namespace passerelle
