#include "cases/CaseListFilterBar.h"

#include "models/CaseStatusText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace passerelle {

namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

CaseListFilterBar::CaseListFilterBar(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Numéro, code, nom, commune ou partenaire"));
    m_search->setAccessibleName(tr("Rechercher une situation"));
    m_search->setToolTip(tr("Chaque mot tapé doit commencer un mot du numéro, du code ou du nom "
                            "d'une personne, de la commune ou du partenaire qui a orienté la "
                            "situation. Majuscules et accents sont ignorés. (Ctrl+F)"));
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);

    m_programme = newCombo("programmeFilter", tr("Dispositif"));
    m_status = newCombo("statusFilter", tr("Statut"));
    m_status->addItem(tr("Tous les statuts"));
    for (const QString &code : CaseStatusText::codes())
        m_status->addItem(CaseStatusText::label(code), code);
    m_worker = newCombo("workerFilter", tr("Intervenant"));
    m_landlord = newCombo("landlordFilter", tr("Bailleur"));
    fill(m_programme, tr("Tous les dispositifs"), {}, true);
    fill(m_worker, tr("Tous les intervenants"), {}, false);
    fill(m_landlord, tr("Tous les bailleurs"), {}, false);

    m_period = new QCheckBox(tr("&Ouverte entre le"), this);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setToolTip(tr("Situations repérées avant la fin de la période et non clôturées "
                            "avant son début"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setAccessibleName(tr("Début de la période"));
    m_to = new QDateEdit(QDate(today.year(), 12, 31), this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setAccessibleName(tr("Fin de la période"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_to->setMinimumDate(m_from->date());
    m_from->setMaximumDate(m_to->date());

    m_clear = new QPushButton(tr("&Effacer les filtres"), this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setToolTip(tr("Vide la recherche et remet chaque filtre sur « tous » (Échap)"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("caseListCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // Two rows that fit a 1024-pixel screen beside the navigation: the search, the period
    // and the count above (the search field gives way when space is short), the four
    // lists below, widening to show long names when there is room.
    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(buddyLabel(tr("&Rechercher :"), m_search, this));
    firstRow->addWidget(m_search, 1);
    firstRow->addSpacing(12);
    firstRow->addWidget(m_period);
    firstRow->addWidget(m_from);
    firstRow->addWidget(buddyLabel(tr("et le"), m_to, this));
    firstRow->addWidget(m_to);
    firstRow->addSpacing(12);
    firstRow->addWidget(m_clear);
    firstRow->addSpacing(12);
    firstRow->addWidget(m_count);

    auto *secondRow = new QHBoxLayout;
    const std::pair<QString, QComboBox *> lists[] = {{tr("&Dispositif :"), m_programme},
                                                     {tr("&Statut :"), m_status},
                                                     {tr("Interve&nant :"), m_worker},
                                                     {tr("&Bailleur :"), m_landlord}};
    for (const auto &[text, combo] : lists) {
        if (combo != m_programme)
            secondRow->addSpacing(12);
        secondRow->addWidget(buddyLabel(text, combo, this));
        secondRow->addWidget(combo, 1); // room to spare goes to the names
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(firstRow);
    layout->addLayout(secondRow);

    setTabOrder(m_search, m_period);
    setTabOrder(m_period, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_clear);
    setTabOrder(m_clear, m_programme);
    setTabOrder(m_programme, m_status);
    setTabOrder(m_status, m_worker);
    setTabOrder(m_worker, m_landlord);

    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    // The clear button of the field changes the text without textEdited.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_searchDelay->start();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &CaseListFilterBar::emitFilter);
    for (QComboBox *combo : {m_programme, m_status, m_worker, m_landlord})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseListFilterBar::emitFilter);
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        emitFilter();
    });
    // A period cannot end before it starts: each bound limits the other.
    connect(m_from, &QDateEdit::dateChanged, m_to, &QDateEdit::setMinimumDate);
    connect(m_to, &QDateEdit::dateChanged, m_from, &QDateEdit::setMaximumDate);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &CaseListFilterBar::emitFilter);
    connect(m_clear, &QPushButton::clicked, this, &CaseListFilterBar::clearAll);
    m_search->installEventFilter(this);
}

CaseListFilterBar::~CaseListFilterBar() = default;

QComboBox *CaseListFilterBar::newCombo(const char *objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(objectName));
    combo->setAccessibleName(accessibleName);
    // Narrow at least (long names, 840 workers in the demo, must not widen the window);
    // wider when the window has room.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->setMaxVisibleItems(20);
    return combo;
}

void CaseListFilterBar::fill(QComboBox *combo, const QString &everything,
                             const QList<CaseListChoices::Choice> &choices, bool withCode)
{
    const QVariant chosen = combo->currentData();
    // Refilling must not filter the list once per item.
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(everything);
    for (const CaseListChoices::Choice &c : choices) {
        QString text = withCode && !c.code.isEmpty() ? c.code + u" — " + c.name : c.name;
        if (!withCode && !c.code.isEmpty())
            text += QStringLiteral(" (%1)").arg(c.code);
        if (c.archived)
            text = tr("%1 (archivé)").arg(text);
        combo->addItem(text, QVariant::fromValue(c.id));
        combo->setItemData(combo->count() - 1, text, Qt::ToolTipRole);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

void CaseListFilterBar::setChoices(const QList<CaseListChoices::Choice> &programmes,
                                   const QList<CaseListChoices::Choice> &workers,
                                   const QList<CaseListChoices::Choice> &landlords)
{
    fill(m_programme, tr("Tous les dispositifs"), programmes, true);
    fill(m_worker, tr("Tous les intervenants"), workers, false);
    fill(m_landlord, tr("Tous les bailleurs"), landlords, false);
    m_emitted = filter();
}

CaseListFilter CaseListFilterBar::filter() const
{
    CaseListFilter f;
    f.programmeId = m_programme->currentData().value<Uuid>();
    f.status = m_status->currentData().toString();
    f.search = m_search->text().trimmed();
    f.workerId = m_worker->currentData().value<Uuid>();
    f.landlordId = m_landlord->currentData().value<Uuid>();
    if (m_period->isChecked()) {
        f.openFrom = m_from->date();
        f.openTo = m_to->date();
    }
    return f;
}

void CaseListFilterBar::emitFilter()
{
    m_searchDelay->stop();
    const CaseListFilter f = filter();
    if (f == m_emitted)
        return; // e.g. a space typed after a word
    m_emitted = f;
    Q_EMIT filterChanged(f);
}

void CaseListFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseListFilterBar::clearAll()
{
    {
        const QSignalBlocker search(m_search);
        const QSignalBlocker programme(m_programme);
        const QSignalBlocker status(m_status);
        const QSignalBlocker worker(m_worker);
        const QSignalBlocker landlord(m_landlord);
        const QSignalBlocker period(m_period);
        m_search->clear();
        for (QComboBox *combo : {m_programme, m_status, m_worker, m_landlord})
            combo->setCurrentIndex(0);
        m_period->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
    }
    emitFilter();
}

void CaseListFilterBar::keyPressEvent(QKeyEvent *event)
{
    // Escape anywhere in the bar clears every filter (the search field first empties
    // itself: see eventFilter).
    if (event->key() == Qt::Key_Escape) {
        clearAll();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool CaseListFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace passerelle
