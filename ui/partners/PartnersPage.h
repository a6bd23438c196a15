#pragma once

#include "util/Uuid.h"

#include <QWidget>

#include <memory>

class QGroupBox;
class QLabel;
class QPushButton;

namespace passerelle {

class CaseReferenceList;
class Clock;
class Database;
class DialogService;
class DirectoryButtons;
class DirectoryList;
class PartnerDetailQuery;
class PartnerListModel;
class PartnerListQuery;

// The "Partenaires" page: the partners (name, type, commune, how many cases each referred
// and is mobilised on) with a search field, and beside the chosen one the case numbers it
// referred and those where it is mobilised. Insert creates a partner, Enter changes the
// chosen one, Delete archives it after a confirmation (an archived one, shown on request,
// is restored the same way). Enter on a case number opens its file.
class PartnersPage : public QWidget
{
    Q_OBJECT

public:
    // `db`, `dialogs` and `clock` must outlive the page.
    PartnersPage(Database &db, DialogService &dialogs, const Clock &clock,
                 QWidget *parent = nullptr);
    ~PartnersPage() override;

    PartnerListModel &model() const { return *m_model; }
    DirectoryList *list() const { return m_list; }
    CaseReferenceList *referredList() const { return m_referred; }
    CaseReferenceList *mobilisedList() const { return m_mobilised; }

public Q_SLOTS:
    // Reads the partners again, keeping the chosen one.
    void reload();
    void newPartner();
    void editCurrent();
    // Archives the chosen partner (or restores an archived one), after a confirmation.
    void archiveCurrent();

Q_SIGNALS:
    void openCaseRequested(const passerelle::Uuid &caseId);
    // A partner was created, changed, archived or restored here.
    void partnersChanged();

private:
    void buildUi();
    void showDetail(const Uuid &partnerId);
    void edit(const Uuid &partnerId);

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    std::unique_ptr<PartnerListQuery> m_query;
    std::unique_ptr<PartnerDetailQuery> m_detailQuery;
    PartnerListModel *m_model = nullptr;
    DirectoryList *m_list = nullptr;
    QGroupBox *m_detail = nullptr;
    QLabel *m_referredLabel = nullptr;
    QLabel *m_mobilisedLabel = nullptr;
    CaseReferenceList *m_referred = nullptr;
    CaseReferenceList *m_mobilised = nullptr;
    std::unique_ptr<DirectoryButtons> m_buttons;
};

} // namespace passerelle
