#include "cases/CaseSearchBench.h"

#include "cases/CaseListFilterBar.h"
#include "cases/CaseListPage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>

#include <algorithm>
#include <cmath>

namespace passerelle {

namespace {
constexpr int ProbeMs = 2;
constexpr int SelectAll = -1; // in the script: Ctrl+A

double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}
} // namespace

CaseSearchBench::CaseSearchBench(CaseListPage &page, QStringList queries, int keyIntervalMs,
                                 QObject *parent)
    : QObject(parent), m_page(page), m_keyIntervalMs(keyIntervalMs)
{
    m_result.keyIntervalMs = keyIntervalMs;
    for (const QString &query : queries) {
        for (const QChar c : query)
            m_script.append({Qt::Key_unknown, QString(c)});
        m_script.append({SelectAll, QString()});
        m_script.append({Qt::Key_Backspace, QString()});
    }
    m_keys.setInterval(m_keyIntervalMs);
    m_keys.setTimerType(Qt::PreciseTimer);
    connect(&m_keys, &QTimer::timeout, this, &CaseSearchBench::nextKey);
    m_probe.setInterval(ProbeMs);
    m_probe.setTimerType(Qt::PreciseTimer);
    connect(&m_probe, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        if (m_lastProbeNs >= 0)
            m_result.longestStallMs =
                std::max(m_result.longestStallMs, double(now - m_lastProbeNs) / 1e6 - ProbeMs);
        m_lastProbeNs = now;
    });
    connect(&m_page.model(), &CaseListModel::listingLoaded, this, [this] {
        if (m_keySentNs >= 0 && m_page.model().filter().search == m_expected)
            m_loaded = true; // measured at the paint that follows
    });
    m_page.table()->viewport()->installEventFilter(this);
}

CaseSearchBench::~CaseSearchBench() = default;

QStringList CaseSearchBench::demoQueries()
{
    return {QStringLiteral("belugere"),          QStringLiteral("Marebrune chaumont"),
            QStringLiteral("PA-2024-00"),        QStringLiteral("saint-flour"),
            QStringLiteral("ccas aur"),          QStringLiteral("Falelin Langres"),
            QStringLiteral("ADD-2023-01"),       QStringLiteral("Peremont"),
            QStringLiteral("hamaris"),           QStringLiteral("cmp langres belelin")};
}

void CaseSearchBench::start()
{
    m_clock.start();
    m_probe.start();
    m_keys.start();
}

void CaseSearchBench::sendKey(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    QLineEdit *field = m_page.filterBar()->searchField();
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QCoreApplication::sendEvent(field, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QCoreApplication::sendEvent(field, &release);
}

void CaseSearchBench::nextKey()
{
    if (m_position == m_script.size()) {
        // The last list may still be on its way: give it a few intervals.
        if (m_keySentNs < 0 || m_clock.nsecsElapsed() - m_keySentNs > 2'000'000'000) {
            if (m_keySentNs >= 0)
                ++m_result.overtaken;
            m_keys.stop();
            m_probe.stop();
            Q_EMIT finished(m_result);
        }
        return;
    }
    const auto [key, text] = m_script.at(m_position++);
    if (key == SelectAll) {
        sendKey(Qt::Key_A, Qt::ControlModifier, {});
        return; // selects: the text, hence the list, does not change
    }
    const QString before = m_page.filterBar()->searchField()->text().trimmed();
    const qint64 sent = m_clock.nsecsElapsed();
    sendKey(key, Qt::NoModifier, text);
    const QString after = m_page.filterBar()->searchField()->text().trimmed();
    if (after == before)
        return; // a space between two words: nothing to search again
    if (m_keySentNs >= 0)
        ++m_result.overtaken; // the previous keystroke's list never showed
    ++m_result.keystrokes;
    m_keySentNs = sent;
    m_expected = after;
    m_loaded = false;
}

bool CaseSearchBench::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_loaded && m_keySentNs >= 0) {
        m_result.latenciesMs.append(double(m_clock.nsecsElapsed() - m_keySentNs) / 1e6);
        m_keySentNs = -1;
        m_loaded = false;
    }
    return QObject::eventFilter(watched, event);
}

QString CaseSearchBench::report(const Result &result)
{
    QList<double> sorted = result.latenciesMs;
    std::sort(sorted.begin(), sorted.end());
    const QLocale c = QLocale::c();
    const auto ms = [&c](double v) { return c.toString(v, 'f', 1); };
    return tr("Recherche pendant la frappe : %1 frappes (une toutes les %2 ms), %3 listes "
              "affichées, %4 dépassées par la frappe suivante (délai de recherche %5 ms)\n"
              "frappe → liste affichée : médiane %6 ms, p95 %7 ms, max %8 ms\n"
              "plus longue attente de la boucle d'événements : %9 ms\n")
        .arg(result.keystrokes)
        .arg(result.keyIntervalMs)
        .arg(result.latenciesMs.size())
        .arg(result.overtaken)
        .arg(CaseListFilterBar::SearchDelayMs)
        .arg(ms(percentile(sorted, 0.5)), ms(percentile(sorted, 0.95)),
             ms(sorted.isEmpty() ? 0 : sorted.last()), ms(result.longestStallMs));
}

} // namespace passerelle
