#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace passerelle {

class CaseListPage;

// Measures search as you type on a real CaseListPage: types scripted queries into its
// search field one key at a time, as a person would (a key event every `keyIntervalMs`,
// then Ctrl+A and Backspace to empty it), and records for each keystroke the time from
// the key event to the first paint of the list that shows its result. Meanwhile a 2 ms
// timer measures how long the GUI thread ever went without running its event loop.
//
// A keystroke whose list is overtaken by the next one before it shows is counted as
// overtaken, not measured: the person never saw it. Used by `passerelle --bench-search`.
class CaseSearchBench : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QList<double> latenciesMs; // one per keystroke whose list was shown
        int keyIntervalMs = 0;
        int keystrokes = 0;
        int overtaken = 0;
        double longestStallMs = 0; // longest time the event loop did not turn
    };

    CaseSearchBench(CaseListPage &page, QStringList queries, int keyIntervalMs,
                    QObject *parent = nullptr);
    ~CaseSearchBench() override;

    // Queries that find something in the demo data (`passerelle-cli demo`): names with and
    // without their accents, case numbers, codes, communes, partners, two words.
    static QStringList demoQueries();
    // "keystrokes 120, shown 118 … p50 12.3 ms, p95 25.1 ms …", one line per figure.
    static QString report(const Result &result);

    void start();

Q_SIGNALS:
    void finished(const passerelle::CaseSearchBench::Result &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void nextKey();
    void sendKey(int key, Qt::KeyboardModifiers modifiers, const QString &text);
    void listShown();

    CaseListPage &m_page;
    QList<QPair<int, QString>> m_script; // (key, text); Ctrl+A is key A with text empty
    int m_position = 0;
    int m_keyIntervalMs;
    QTimer m_keys;
    QTimer m_probe;
    QElapsedTimer m_clock;
    qint64 m_lastProbeNs = -1;
    qint64 m_keySentNs = -1; // the keystroke waiting for its list
    QString m_expected;      // the search that keystroke asked for
    bool m_loaded = false;   // its list is in the model; waiting for the paint
    Result m_result;
};

} // namespace passerelle
