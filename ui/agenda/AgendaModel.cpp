#include "agenda/AgendaModel.h"

#include "interventions/EntryText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace passerelle {

namespace {
// Readable on the light and dark palettes alike, and not the only sign: the text says it.
const QColor overdueColour(0xb0, 0x3a, 0x2e);

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}
} // namespace

AgendaModel::AgendaModel(QObject *parent) : QAbstractTableModel(parent) {}

void AgendaModel::setWeek(const QDate &monday, QList<AgendaRow> rows, const QDate &today)
{
    beginResetModel();
    m_monday = monday;
    m_today = today;
    m_rows = std::move(rows);
    m_lines.clear();
    int next = 0;
    for (int d = 0; d < 7 && monday.isValid(); ++d) {
        const QDate day = monday.addDays(d);
        m_lines.append({day, -1});
        // Rows come in date order; one outside the week (a caller's mistake) is not shown.
        while (next < m_rows.size() && m_rows[next].date < day)
            ++next;
        while (next < m_rows.size() && m_rows[next].date == day)
            m_lines.append({day, next++});
    }
    endResetModel();
}

bool AgendaModel::isDay(int row) const
{
    return row >= 0 && row < m_lines.size() && m_lines[row].row < 0;
}

QDate AgendaModel::dateAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines[row].day : QDate();
}

const AgendaRow *AgendaModel::rowAt(int row) const
{
    if (row < 0 || row >= m_lines.size() || m_lines[row].row < 0)
        return nullptr;
    return &m_rows[m_lines[row].row];
}

int AgendaModel::rowOf(const Uuid &id) const
{
    for (int line = 0; line < m_lines.size(); ++line)
        if (m_lines[line].row >= 0 && m_rows[m_lines[line].row].id == id)
            return line;
    return -1;
}

int AgendaModel::rowOfDay(const QDate &day) const
{
    for (int line = 0; line < m_lines.size(); ++line)
        if (m_lines[line].row < 0 && m_lines[line].day == day)
            return line;
    return -1;
}

int AgendaModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [this](const AgendaRow &r) { return r.isOverdue(m_today); }));
}

int AgendaModel::countOn(const QDate &day) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [&day](const AgendaRow &r) { return r.date == day; }));
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    // Day lines are selectable too: choosing one is how a new intervention gets its day.
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size() || index.column() >= int(Column::Count))
        return {};
    const Line &line = m_lines[index.row()];
    switch (role) {
    case DateRole:
        return line.day;
    case IsDayRole:
        return line.row < 0;
    case IdRole:
        return QVariant::fromValue(line.row < 0 ? Uuid() : m_rows[line.row].id);
    case OverdueRole:
        return line.row >= 0 && m_rows[line.row].isOverdue(m_today);
    default:
        break;
    }
    return line.row < 0 ? dayData(line, index.column(), role)
                        : rowData(m_rows[line.row], Column(index.column()), role);
}

QVariant AgendaModel::dayData(const Line &line, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        // The day line spans the table (the view sets the span): all its text is in column 0.
        if (column != 0)
            return {};
        QString text = capitalised(QLocale().toString(line.day, QStringLiteral("dddd d MMMM")));
        if (line.day == m_today)
            text = tr("%1 — aujourd'hui").arg(text);
        // Counts are left to the lines below; an empty day says so.
        return countOn(line.day) == 0 ? tr("%1 · aucune intervention").arg(text) : text;
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        return QBrush(QGuiApplication::palette().color(line.day == m_today ? QPalette::Midlight
                                                                           : QPalette::Button));
    default:
        return {};
    }
}

QVariant AgendaModel::rowData(const AgendaRow &r, Column column, int role) const
{
    const bool overdue = r.isOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Time:
            return r.startTime.isValid() ? r.startTime.toString(QStringLiteral("HH:mm"))
                                         : tr("—", "no start time");
        case Column::Duration:
            return EntryText::durationForDisplay(r.durationMin);
        case Column::Status:
            return overdue ? tr("%1 — en retard").arg(label(r.status)) : label(r.status);
        case Column::Channel:
            return r.channelLabel;
        case Column::Type:
            return r.typeLabel;
        case Column::Cases: {
            if (r.cases.isEmpty())
                return tr("Sans situation (%1)").arg(r.programmeCode);
            QStringList cases;
            for (const AgendaCase &c : r.cases)
                cases.append(c.personCode.isEmpty()
                                 ? c.number
                                 : QStringLiteral("%1 (%2)").arg(c.number, c.personCode));
            return cases.join(QStringLiteral(", "));
        }
        case Column::Workers:
            return r.workerCodes.join(QStringLiteral(", "));
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (overdue)
            return tr("Prévue pour un jour passé : marquez-la réalisée, annulée ou non honorée.");
        return {};
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(overdueColour);
        if (r.status == InterventionStatus::Cancelled || r.status == InterventionStatus::Missed)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole:
        if (overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Time:
        return tr("Heure");
    case Column::Duration:
        return tr("Durée");
    case Column::Status:
        return tr("État");
    case Column::Channel:
        return tr("Modalité");
    case Column::Type:
        return tr("Type");
    case Column::Cases:
        return tr("Situations");
    case Column::Workers:
        return tr("Intervenants");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace passerelle
