#include "navigation/NavigationPane.h"

namespace passerelle {

namespace {
constexpr int KeyRole = Qt::UserRole;
}

NavigationPane::NavigationPane(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setAccessibleName(tr("Navigation"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
    setIconSize(QSize(22, 22));
    setSpacing(2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT pageChosen(keyAt(row));
    });
}

int NavigationPane::addEntry(const QString &key, const QString &title, const QIcon &icon)
{
    auto *item = new QListWidgetItem(icon, title, this);
    item->setData(KeyRole, key);
    item->setToolTip(title);
    updateGeometry(); // the widest title sets the pane's width
    return row(item);
}

int NavigationPane::rowOf(const QString &key) const
{
    for (int r = 0; r < count(); ++r)
        if (item(r)->data(KeyRole).toString() == key)
            return r;
    return -1;
}

QString NavigationPane::keyAt(int row) const
{
    const QListWidgetItem *entry = item(row);
    return entry ? entry->data(KeyRole).toString() : QString();
}

QSize NavigationPane::sizeHint() const
{
    // As wide as the widest entry, so that no title is cut at first start.
    const int width = count() > 0 ? sizeHintForColumn(0) : 0;
    const int chrome = 2 * frameWidth() + 4 * spacing() + fontMetrics().averageCharWidth() * 3;
    return {std::max(width + chrome, fontMetrics().averageCharWidth() * 14),
            QListWidget::sizeHint().height()};
}

} // namespace passerelle
