// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/types.h"

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace CareDesk {

class CaseRepository;
class ChangeFeed;
struct CaseSummary;

/// Desktop notifications for new cases, through org.freedesktop.Notifications on the session
/// bus. A case is new when it was created after start()'s baseline (the initial load never
/// notifies) and it waits in the agent's views (not resolved, a customer waiting, unassigned or
/// the agent's). Bursts are coalesced: what arrives within the interval becomes one
/// notification, which replaces the previous one while it is still shown. The notification's
/// "Open" action asks for the (newest) case.
class CaseNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseNotifier)

public:
    CaseNotifier(CaseRepository &cases, ChangeFeed &feed, Id agentId,
        const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    ~CaseNotifier() override;

    /// Starts notifying about cases with ids above newestKnownCaseId (changes seen before are
    /// kept and judged then).
    void start(Id newestKnownCaseId);
    /// Paused: new cases are not announced (not later either).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// How long a burst is collected before one notification goes out (default 3 s).
    void setCoalesceInterval(int milliseconds) { m_coalesce.setInterval(milliseconds); }

Q_SIGNALS:
    /// The agent chose "Open" on a notification.
    void caseRequested(CareDesk::Id caseId);
    /// A notification was sent (for the tray's tooltip and for tests).
    void notified(int caseCount);

private Q_SLOTS:
    void onActionInvoked(uint notificationId, const QString &actionKey);
    void onNotificationClosed(uint notificationId, uint reason);

private:
    void onChanged(const QList<Id> &caseIds);
    void flush();
    /// unjudged: more new cases in the burst than were read back (counted, not named).
    void announce(const QList<CaseSummary> &cases, int unjudged);

    CaseRepository &m_cases;
    QDBusConnection m_bus;
    Id m_agentId = 0;
    Id m_baseline = -1; ///< -1 until start()
    bool m_paused = false;
    bool m_bodyMarkup = true; ///< until the server says otherwise: escape, the safe side
    bool m_actions = true;
    QTimer m_coalesce;
    QSet<Id> m_pending; ///< changed cases above the baseline, not yet judged
    QSet<Id> m_announced; ///< each case is announced once
    QHash<uint, Id> m_shown; ///< notification id -> the case its "Open" opens
    uint m_lastNotification = 0; ///< replaced by the next one while still shown
};

} // namespace CareDesk
