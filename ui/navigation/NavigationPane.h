#pragma once

#include <QListWidget>
#include <QString>

namespace passerelle {

// The list of pages on the left of the main window: one entry per page, named by a stable
// key ("cases", "agenda"…) that settings and code use, whatever the language shown.
class NavigationPane : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationPane(QWidget *parent = nullptr);

    // Appends an entry; returns its row.
    int addEntry(const QString &key, const QString &title, const QIcon &icon);
    int rowOf(const QString &key) const; // -1 when there is no such entry
    QString keyAt(int row) const;
    QString currentKey() const { return keyAt(currentRow()); }

    QSize sizeHint() const override;

Q_SIGNALS:
    void pageChosen(const QString &key);
};

} // namespace passerelle
