// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/outboxsender.h"

#include "app/core/futures.h"

namespace CareDesk {

OutboxSender::OutboxSender(OutboxRepository &outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
{
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::kick);
}

void OutboxSender::addAccount(Id accountId, Connector *connector)
{
    m_lanes.insert(accountId, Lane { connector, false, false, false });
}

void OutboxSender::removeAccount(Id accountId)
{
    if (m_lanes.contains(accountId))
        m_lanes[accountId].removed = true;
}

void OutboxSender::start(int intervalMs)
{
    m_timer.start(intervalMs);
    kick();
}

void OutboxSender::kick()
{
    const QList<Id> accounts = m_lanes.keys();
    for (Id accountId : accounts)
        drain(accountId);
    if (!isBusy())
        Q_EMIT idle();
}

bool OutboxSender::isBusy() const
{
    for (const Lane &lane : m_lanes) {
        if (lane.busy)
            return true;
    }
    return false;
}

void OutboxSender::drain(Id accountId)
{
    Lane &lane = m_lanes[accountId];
    if (lane.removed)
        return;
    if (lane.busy) {
        lane.again = true;
        return;
    }
    lane.busy = true;
    if (!lane.recovered) {
        m_outbox.recoverInterrupted(accountId, lane.connector->capabilities().idempotency)
            .then(QtFuture::Launch::Sync,
                onContext(this, [this, accountId](const Result<int> &recovered) {
                    if (!recovered.ok()) {
                        Q_EMIT error(recovered.error().message);
                        finish(accountId);
                        return;
                    }
                    m_lanes[accountId].recovered = true;
                    next(accountId);
                }));
        return;
    }
    next(accountId);
}

void OutboxSender::next(Id accountId)
{
    if (m_lanes.value(accountId).removed) {
        finish(accountId);
        return;
    }
    m_outbox.claimNext(accountId).then(QtFuture::Launch::Sync,
        onContext(this, [this, accountId](const Result<std::optional<OutboxClaim>> &claim) {
            if (!claim.ok()) {
                Q_EMIT error(claim.error().message);
                finish(accountId);
                return;
            }
            if (!claim.value()) {
                finish(accountId);
                return;
            }
            const OutboxClaim c = *claim.value();
            Connector *connector = m_lanes.value(accountId).connector;
            const bool idempotent = connector->capabilities().idempotency;
            connector->send(SendRequest { c.item, c.threadKey, c.customerPlatformId })
                .then(QtFuture::Launch::Sync,
                    onContext(this,
                        [this, accountId, id = c.item.id, idempotent](const SendResult &result) {
                            m_outbox.complete(id, result, idempotent)
                                .then(QtFuture::Launch::Sync,
                                    onContext(
                                        this, [this, accountId](const Result<OutboxItem> &done) {
                                            if (!done.ok()) {
                                                Q_EMIT error(done.error().message);
                                                finish(accountId);
                                                return;
                                            }
                                            if (done.value().state == OutboxState::Sent)
                                                Q_EMIT replySent(done.value());
                                            else if (done.value().state == OutboxState::Failed
                                                || done.value().state == OutboxState::Unknown)
                                                Q_EMIT replyFailed(done.value());
                                            next(accountId);
                                        }));
                        }));
        }));
}

void OutboxSender::finish(Id accountId)
{
    Lane &lane = m_lanes[accountId];
    lane.busy = false;
    if (lane.again) {
        lane.again = false;
        drain(accountId);
        return;
    }
    if (!isBusy())
        Q_EMIT idle();
}

} // namespace CareDesk
