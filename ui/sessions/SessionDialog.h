#pragma once

#include "domain/CollectiveSession.h"
#include "directory/DirectoryDialog.h"

#include <QHash>

#include <memory>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace passerelle {

class CasePickerEdit;
class CasePickerQuery;
class Clock;
class CommissionReviewModel;
class Database;

// Creates a collective session or changes one: programme, kind, title, day, time,
// duration, state, commune, place, topics, and the participants by typology. For a
// commission, the cases reviewed: a case number typed with completion, the decision and a
// note, "Ajouter" (Alt+J) putting them in the list (a case taken again has its decision
// replaced); choosing a line brings it back into the fields, "Enlever" (Alt+V) takes it
// out. The session and all its lines are saved together through
// CollectiveSessionRepository, or nothing is.
class SessionDialog : public DirectoryDialog
{
    Q_OBJECT

public:
    // A new session when `sessionId` is null. `db`, `dialogs` and `clock` must outlive it.
    SessionDialog(Database &db, DialogService &dialogs, const Clock &clock,
                  const Uuid &sessionId = {}, QWidget *parent = nullptr);
    ~SessionDialog() override;

    Uuid savedId() const { return m_session.id; }
    CommissionReviewModel &reviews() const { return *m_reviews; }
    QSpinBox *participantsEditor(const QString &typology) const { return m_participants.value(typology); }

public Q_SLOTS:
    // Puts the typed case(s) with the chosen decision and note into the reviewed cases.
    void addReview();
    void removeReview();

protected:
    void save() override;

private:
    QWidget *buildSessionGroup();
    QWidget *buildParticipantsGroup();
    QWidget *buildReviewsGroup();
    void fillChoices();
    void updateKind();
    void updateTotal();
    void showReview(const QModelIndex &index);

    Database &m_db;
    const Clock &m_clock;
    std::unique_ptr<CasePickerQuery> m_cases;
    CollectiveSession m_session;

    QComboBox *m_programme = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_startTime = nullptr;
    QLineEdit *m_duration = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_commune = nullptr;
    QLineEdit *m_place = nullptr;
    QPlainTextEdit *m_topics = nullptr;
    QHash<QString, QSpinBox *> m_participants; // by typology code
    QLabel *m_total = nullptr;
    QGroupBox *m_reviewsGroup = nullptr;
    CasePickerEdit *m_case = nullptr;
    QComboBox *m_decision = nullptr;
    QLineEdit *m_note = nullptr;
    QTableView *m_reviewView = nullptr;
    CommissionReviewModel *m_reviews = nullptr;
};

} // namespace passerelle
