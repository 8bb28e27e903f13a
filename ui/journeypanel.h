// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/futures.h"
#include "app/core/journey.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFrame;
class QLabel;
class QListView;
class QPushButton;
class QVBoxLayout;

namespace CareDesk {

class Clock;
class JourneyModel;

/// The customer beside the case: a summary on top (open cases elsewhere, last contact, contacts
/// in 30 days, sentiment, VIP), the proposal to link a case the customer opened on another
/// platform, their identities (unlink) and the identities that are probably them, with the
/// evidence (link in one action), the profile (edit), export and erasure (confirmed by typing
/// the customer's name), and the timeline of every channel, newest first, grouped by case.
class JourneyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JourneyPanel)

public:
    JourneyPanel(CustomerRepository &customers, const Clock &clock, QWidget *parent = nullptr);
    ~JourneyPanel() override;

    /// Shows the journey of a case's customer at once; the same case again refreshes in place.
    void showCase(Id caseId, Id customerId);
    /// Shows nothing (no case selected).
    void clear();
    /// The agent changes are recorded for (0: the workspace records the login or system user).
    void setAgentId(Id agentId) { m_agentId = agentId; }

    Id caseId() const { return m_caseId; }
    Id customerId() const { return m_customerId; }
    JourneyModel *model() const { return m_model; }

    /// A label for text that may come from a platform or a customer: never rich text.
    static QLabel *plainLabel(QWidget *parent, bool wrap = true);

Q_SIGNALS:
    /// The agent asked to open another case of this customer.
    void caseRequested(CareDesk::Id caseId);
    /// A link, unlink, profile edit or erasure changed the customer of the case or how it reads.
    void customerChanged(CareDesk::Id customerId);

private:
    template <typename T>
    void whenReady(QFuture<Result<T>> future, std::function<void(const Result<T> &)> handler);
    void reload();
    void showProfile(const CustomerProfile &profile);
    void showSummary(const JourneySummary &summary);
    void showSuggestions(const QList<LinkSuggestion> &suggestions);
    void showProposals(const QList<CaseLinkProposal> &proposals);
    void link(const LinkSuggestion &suggestion);
    void unlink(const LinkedIdentity &identity);
    void linkCases(const CaseLinkProposal &proposal);
    void editProfile();
    void exportCustomer();
    void eraseCustomer();
    void setMessage(const QString &message);
    void changed();
    QString agoText(Millis at) const;

    CustomerRepository &m_customers;
    const Clock &m_clock;
    JourneyModel *m_model = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_vipLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QFrame *m_proposalFrame = nullptr;
    QVBoxLayout *m_proposalLayout = nullptr;
    QVBoxLayout *m_identityLayout = nullptr;
    QFrame *m_suggestionFrame = nullptr;
    QVBoxLayout *m_suggestionLayout = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_eraseButton = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QListView *m_timeline = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;

    Id m_caseId = 0;
    Id m_customerId = 0;
    Id m_agentId = 0;
    quint64 m_generation = 0; ///< answers for an earlier case are stale
    CustomerProfile m_profile;
};

// Member template: both of the panel's source files use it.
template <typename T>
void JourneyPanel::whenReady(
    QFuture<Result<T>> future, std::function<void(const Result<T> &)> handler)
{
    const quint64 generation = m_generation;
    future.then(QtFuture::Launch::Sync,
        onContext(this, [this, generation, handler](const Result<T> &result) {
            // From the event loop, and only while the same case is shown.
            QMetaObject::invokeMethod(
                this,
                [this, generation, handler, result] {
                    if (generation == m_generation)
                        handler(result);
                },
                Qt::QueuedConnection);
        }));
}

} // namespace CareDesk
