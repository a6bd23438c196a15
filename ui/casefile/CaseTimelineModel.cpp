#include "casefile/CaseTimelineModel.h"

#include "casefile/CaseFileForms.h"
#include "domain/CollectiveSession.h"
#include "domain/Intervention.h"
#include "util/Errors.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace passerelle {

CaseTimelineModel::CaseTimelineModel(CaseTimelineQuery &query, QObject *parent)
    : QAbstractTableModel(parent), m_query(query)
{
}

void CaseTimelineModel::setCase(const Uuid &caseId, const QDate &today)
{
    m_caseId = caseId;
    m_today = today;
    reload();
}

void CaseTimelineModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_next = {};
    m_hasMore = false;
    m_summary = {};
    QString failure;
    if (!m_caseId.isNull()) {
        try {
            m_summary = m_query.summary(m_caseId, m_today);
            CaseTimelineQuery::Page page = m_query.page(m_caseId, {}, m_pageSize);
            m_entries = std::move(page.entries);
            m_next = page.next;
            m_hasMore = page.hasMore;
        } catch (const Error &e) {
            failure = e.message();
        }
    }
    endResetModel();
    if (!failure.isEmpty())
        Q_EMIT loadFailed(failure);
    Q_EMIT loaded();
}

int CaseTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CaseTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseTimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void CaseTimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    CaseTimelineQuery::Page page;
    try {
        page = m_query.page(m_caseId, m_next, m_pageSize);
    } catch (const Error &e) {
        m_hasMore = false;
        Q_EMIT loadFailed(e.message());
        return;
    }
    m_next = page.next;
    m_hasMore = page.hasMore;
    if (!page.entries.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(page.entries.size()) - 1);
        m_entries.append(std::move(page.entries));
        endInsertRows();
    }
    Q_EMIT loaded();
}

QString CaseTimelineModel::durationText(qint64 minutes)
{
    if (minutes <= 0)
        return {};
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return minutes % 60 == 0
               ? tr("%1 h").arg(minutes / 60)
               : tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

bool CaseTimelineModel::isOverdue(const CaseTimelineEntry &e) const
{
    return e.kind == CaseTimelineEntry::Kind::Intervention && e.status == u"planned" &&
           e.date < m_today;
}

QString CaseTimelineModel::statusText(const CaseTimelineEntry &e) const
{
    if (e.kind == CaseTimelineEntry::Kind::Intervention) {
        const auto status = interventionStatusFromCode(e.status);
        const QString text = status ? label(*status) : e.status;
        return isOverdue(e) ? tr("%1 — en retard").arg(text) : text;
    }
    const auto status = sessionStatusFromCode(e.status);
    return status ? label(*status) : e.status;
}

QVariant CaseTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseTimelineEntry &e = m_entries.at(index.row());
    const bool session = e.kind == CaseTimelineEntry::Kind::Session;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Date:
            return CaseFileForms::dateText(e.date);
        case Time:
            return e.startTime.isValid() ? e.startTime.toString(QStringLiteral("HH:mm"))
                                         : QString();
        case Nature:
            return session ? tr("Commission") : tr("Intervention");
        case Type:
            if (session) {
                // "Commission" is in the nature column already: its title says which one.
                const auto kind = sessionKindFromCode(e.typeCode);
                return !e.title.isEmpty() ? e.title : (kind ? label(*kind) : e.typeCode);
            }
            return e.typeLabel;
        case Channel:
            return e.channelLabel;
        case Status:
            return statusText(e);
        case Duration:
            return durationText(e.durationMin);
        case Workers:
            return e.workers;
        case Note: {
            QString text = e.note;
            if (session && !e.decisionLabel.isEmpty())
                text = text.isEmpty() ? tr("Décision : %1").arg(e.decisionLabel)
                                      : tr("Décision : %1 — %2").arg(e.decisionLabel, text);
            if (!session && e.otherCases > 0)
                text = tr("%1 (commune à %Ln autre(s) situation(s))", nullptr, e.otherCases)
                           .arg(text)
                           .trimmed();
            // One line in the table; the whole text in the tooltip.
            return role == Qt::DisplayRole ? text.section(u'\n', 0, 0) : text;
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Duration ? int(Qt::AlignRight | Qt::AlignVCenter)
                                          : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (isOverdue(e))
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        if (e.status == u"cancelled" || e.status == u"missed")
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole: {
        if (!session && e.status != u"planned")
            return {};
        QFont font;
        font.setItalic(e.status == u"planned");
        font.setBold(session);
        return font;
    }
    case IdRole:
        return e.id.bytes();
    case KindRole:
        return int(e.kind);
    default:
        return {};
    }
}

QVariant CaseTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Heure");
    case Nature:
        return tr("Nature");
    case Type:
        return tr("Type");
    case Channel:
        return tr("Canal");
    case Status:
        return tr("État");
    case Duration:
        return tr("Durée");
    case Workers:
        return tr("Intervenants");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace passerelle
