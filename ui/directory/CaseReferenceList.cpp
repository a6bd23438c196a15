#include "directory/CaseReferenceList.h"

#include "domain/CaseStatus.h"

namespace passerelle {

namespace {
const int caseIdRole = Qt::UserRole;
const int numberRole = Qt::UserRole + 1;
} // namespace

CaseReferenceList::CaseReferenceList(const QString &objectName, const QString &accessibleName,
                                     QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    // Number, status, role and date on one line would not fit beside a list: they wrap.
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setSpacing(1);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A landlord can be mobilised on thousands of cases: lay them out a batch at a time so
    // choosing it never freezes the page.
    setLayoutMode(QListView::Batched);
    setBatchSize(200);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openCaseRequested(item->data(caseIdRole).value<Uuid>());
    });
}

void CaseReferenceList::setCases(const QList<CaseReference> &cases, const Describe &describe)
{
    clear();
    for (const CaseReference &c : cases) {
        const QString about = describe(c);
        auto *item = new QListWidgetItem(
            about.isEmpty() ? c.number : tr("%1 — %2").arg(c.number, about), this);
        item->setData(caseIdRole, QVariant::fromValue(c.caseId));
        item->setData(numberRole, c.number);
    }
    if (count() > 0)
        setCurrentRow(0);
}

QStringList CaseReferenceList::numbers() const
{
    QStringList out;
    for (int r = 0; r < count(); ++r)
        out.append(item(r)->data(numberRole).toString());
    return out;
}

QString CaseReferenceList::statusText(const QString &statusCode)
{
    const std::optional<CaseStatus> status = caseStatusFromCode(statusCode);
    return status ? label(*status) : statusCode;
}

} // namespace passerelle
