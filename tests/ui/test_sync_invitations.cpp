// The invitations tab of the Synchronisation page: the office sees what it issued and where
// each stands, and cancels a pending one after a confirmation; a laptop has no such tab.

#include "test_sync_support.h"

#include "common/DialogService.h"
#include "sync/InvitationModel.h"
#include "sync/InvitationsPanel.h"
#include "sync/SyncPage.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

namespace {
const QDateTime kMorning(QDate::currentDate().addDays(1), QTime(9, 0), Qt::UTC);
constexpr qint64 kDayMs = 24 * 3600 * 1000;

void issue(SyncDevice &office, const Uuid &worker, const QString &device, qint64 createdMs,
           qint64 expiresMs, qint64 revokedMs = 0)
{
    InvitationRecord r;
    r.id = Uuid::createV7();
    r.role = worker.isNull() ? ReplicaRole::Office : ReplicaRole::Laptop;
    r.workerId = worker;
    r.deviceName = device;
    r.fileHash = QByteArray(32, 'f');
    r.secretHash = QByteArray(32, 's');
    r.createdAtMs = createdMs;
    r.expiresAtMs = expiresMs;
    r.revokedAtMs = revokedMs;
    InvitationLedger(office.db()).record(r);
}

int rowOfDevice(QAbstractItemModel *shown, const QString &device)
{
    for (int r = 0; r < shown->rowCount(); ++r)
        if (shown->index(r, int(InvitationModel::Column::Device)).data().toString() == device)
            return r;
    return -1;
}
} // namespace

TEST_CASE("Sync page: the office lists its invitations and cancels a pending one",
          "[ui][sync-invitations]")
{
    SyncDevice office(ReplicaRole::Office, kMorning);
    SyncDevice laptop(ReplicaRole::Laptop, kMorning);
    pair(office, QStringLiteral("Bureau UDAF 52"), laptop, QStringLiteral("Portable de Camille"));
    seedCasework(office, 2);
    const Uuid camille = assignCasesTo(office, laptop, QStringLiteral("TP-CAMILLE"));
    const qint64 now = office.clock.nowMs();
    issue(office, camille, QStringLiteral("Portable de remplacement"), now - kDayMs,
          now + 6 * kDayMs);
    issue(office, Uuid(), QStringLiteral("Poste de l'accueil"), now - 2 * kDayMs, now + 5 * kDayMs);
    issue(office, camille, QStringLiteral("Ancien portable"), now - 20 * kDayMs, now - 13 * kDayMs);
    issue(office, camille, QStringLiteral("Portable prêté"), now - 3 * kDayMs, now + 4 * kDayMs,
          now - kDayMs);

    ScriptedDialogService dialogs;
    SyncPage page(office.db(), dialogs, office.clock);
    page.setReplicaRole(ReplicaRole::Office);
    page.resize(1000, 640);
    page.show();
    InvitationsPanel &panel = *page.invitationsPanel();
    QAbstractItemModelTester tester(&panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTabWidget *tabs = page.tabs();
    CHECK(tabs->isTabVisible(1));
    CHECK(tabs->tabText(1) == QStringLiteral("Invitatio&ns (2 en attente)"));
    REQUIRE(altKey(page, Qt::Key_N));
    REQUIRE(QTest::qWaitFor(
        [&] { return (tabs->currentWidget()) == (static_cast<QWidget *>(&panel)); }));

    QAbstractItemModel *shown = panel.view()->model();
    REQUIRE(shown->rowCount() == 5); // with the one the laptop joined through
    const auto cell = [&](const QString &device, InvitationModel::Column c) {
        const int row = rowOfDevice(shown, device);
        REQUIRE(row >= 0);
        return shown->index(row, int(c)).data().toString();
    };
    CHECK(cell(QStringLiteral("Portable de remplacement"), InvitationModel::Column::State) ==
          QStringLiteral("en attente de réponse"));
    CHECK(cell(QStringLiteral("Portable de remplacement"), InvitationModel::Column::Worker) ==
          QStringLiteral("TP-CAMILLE"));
    CHECK(cell(QStringLiteral("Poste de l'accueil"), InvitationModel::Column::Role) ==
          label(ReplicaRole::Office));
    CHECK(cell(QStringLiteral("Poste de l'accueil"), InvitationModel::Column::Worker).isEmpty());
    CHECK(cell(QStringLiteral("Ancien portable"), InvitationModel::Column::State) ==
          QStringLiteral("expirée"));
    CHECK(cell(QStringLiteral("Portable prêté"), InvitationModel::Column::State)
              .startsWith(QStringLiteral("annulée le ")));
    CHECK(cell(QStringLiteral("TP-CAMILLE"), InvitationModel::Column::State)
              .startsWith(QStringLiteral("acceptée le ")));
    // Newest first.
    CHECK(rowOfDevice(shown, QStringLiteral("Portable de remplacement")) == 0);

    // Only a pending invitation can be cancelled.
    panel.view()->setFocus();
    panel.view()->setCurrentIndex(
        shown->index(rowOfDevice(shown, QStringLiteral("Ancien portable")), 0));
    CHECK_FALSE(panel.revokeButton()->isEnabled());
    panel.view()->setCurrentIndex(
        shown->index(rowOfDevice(shown, QStringLiteral("Portable de remplacement")), 0));
    REQUIRE(panel.revokeButton()->isEnabled());

    // Alt+U asks first; "Non" changes nothing.
    dialogs.answers = {DialogService::Answer::No};
    REQUIRE(altKey(page, Qt::Key_U));
    REQUIRE(QTest::qWaitFor([&] { return (dialogs.asked.size()) == (1); }));
    CHECK(dialogs.asked.first().startsWith(
        QStringLiteral("question: Annuler l'invitation de « Portable de remplacement » ?")));
    CHECK(cell(QStringLiteral("Portable de remplacement"), InvitationModel::Column::State) ==
          QStringLiteral("en attente de réponse"));

    // "Oui" cancels it: the state, the button and the tab's count follow.
    dialogs.answers = {DialogService::Answer::Yes};
    QSignalSpy changed(&panel, &InvitationsPanel::changed);
    QTest::mouseClick(panel.revokeButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return (changed.count()) == (1); }));
    CHECK(cell(QStringLiteral("Portable de remplacement"), InvitationModel::Column::State)
              .startsWith(QStringLiteral("annulée le ")));
    CHECK_FALSE(panel.revokeButton()->isEnabled());
    CHECK(tabs->tabText(1) == QStringLiteral("Invitatio&ns (1 en attente)"));
    CHECK(dialogs.asked.filter(QStringLiteral("warning: ")).isEmpty());
    for (const InvitationRecord &r : InvitationLedger(office.db()).list())
        if (r.deviceName == QStringLiteral("Portable de remplacement"))
            CHECK(stateOf(r, office.clock.nowMs()) == InvitationState::Revoked);
    saveShotIfAsked(page, QStringLiteral("sync-invitations.png"));

    // A laptop issues no invitation: no tab.
    SyncPage onLaptop(laptop.db(), dialogs, laptop.clock);
    onLaptop.setReplicaRole(ReplicaRole::Laptop);
    CHECK_FALSE(onLaptop.tabs()->isTabVisible(1));
}
