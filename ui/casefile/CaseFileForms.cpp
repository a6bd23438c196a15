#include "casefile/CaseFileForms.h"

#include "common/FormErrors.h"
#include "domain/Person.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle::CaseFileForms {

QLabel *addField(QFormLayout *form, FormErrors &errors, const QString &labelText, QWidget *editor,
                 const QString &field, const QString &objectName)
{
    QWidget *owner = form->parentWidget();
    auto *label = new QLabel(labelText, owner);
    label->setBuddy(editor);
    auto *message = new QLabel(owner);
    message->setObjectName(field + QStringLiteral("_message"));
    auto *cell = new QVBoxLayout;
    cell->setContentsMargins(0, 0, 0, 0);
    cell->setSpacing(2);
    cell->addWidget(editor);
    cell->addWidget(message);
    form->addRow(label, cell);
    editor->setAccessibleName(QString(labelText).remove(u'&').remove(u':').trimmed());
    if (editor->objectName().isEmpty())
        editor->setObjectName(objectName.isEmpty() ? field : objectName);
    errors.bind(field, editor, message);
    return label;
}

void fillReferenceCombo(QComboBox *combo, const QList<ReferenceItem> &items,
                        const QString &noneText)
{
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText, QString());
    for (const ReferenceItem &item : items)
        combo->addItem(item.label(), item.code);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QTableView *listView(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    return view;
}

void fitColumns(QTableView *view, int stretchColumn)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

QString eurosText(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"));
}

QString personName(const Person &person)
{
    const QString name =
        QStringList{person.firstName.trimmed(), person.lastName.trimmed()}.join(u' ').trimmed();
    return name.isEmpty() ? person.code : name;
}

} // namespace passerelle::CaseFileForms
