// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/connector.h"
#include "app/core/repositories.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace CareDesk {

/// Delivers the outbox: per account, one reply at a time, per case in order. Each reply is
/// claimed (marked sending) before the connector sees it and completed with what the platform
/// said, so a crash leaves a row "sending" that recovery settles: retried where the platform
/// offers idempotency, marked unknown for the agent to decide otherwise.
class OutboxSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxSender)

public:
    explicit OutboxSender(OutboxRepository &outbox, QObject *parent = nullptr);

    /// Sends the account's replies through connector (not owned; must outlive the sender).
    void addAccount(Id accountId, Connector *connector);
    /// Stops claiming the account's replies (the account was removed); a reply already claimed
    /// is still completed, so the connector must live on until the sender is destroyed.
    void removeAccount(Id accountId);
    /// Settles what a previous run left "sending", then drains, and looks again every interval
    /// (for retries whose time has come and replies queued by other programs).
    void start(int intervalMs = 2000);
    /// Drains at once (a reply was just queued).
    void kick();
    /// True while some account is delivering.
    bool isBusy() const;

Q_SIGNALS:
    void replySent(const CareDesk::OutboxItem &item);
    void replyFailed(const CareDesk::OutboxItem &item);
    /// Every account has nothing more to send right now.
    void idle();
    void error(const QString &message);

private:
    struct Lane {
        Connector *connector = nullptr;
        bool recovered = false;
        bool busy = false;
        bool again = false;
        bool removed = false;
    };
    void drain(Id accountId);
    void next(Id accountId);
    void finish(Id accountId);

    OutboxRepository &m_outbox;
    QHash<Id, Lane> m_lanes;
    QTimer m_timer;
};

} // namespace CareDesk
