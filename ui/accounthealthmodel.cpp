// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounthealthmodel.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

AccountHealthModel::AccountHealthModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AccountHealthModel::setAccounts(
    const QList<Account> &accounts, const QList<AccountHealthRecord> &health)
{
    QHash<Id, AccountHealthRecord> byId;
    for (const AccountHealthRecord &h : health)
        byId.insert(h.accountId, h);
    QList<Row> rows;
    for (const Account &a : accounts) {
        if (!a.enabled)
            continue; // removed accounts stay in the workspace disabled, for their history
        AccountHealthRecord h = byId.value(a.id);
        h.accountId = a.id;
        rows.append(Row { a, h });
    }
    bool sameAccounts = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameAccounts && i < rows.size(); ++i)
        sameAccounts = rows.at(i).account.id == m_rows.at(i).account.id;
    if (sameAccounts) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    // Accounts came or went (rare: the dialog's own add and remove): remove and insert rows.
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = rows;
        endInsertRows();
    }
}

Account AccountHealthModel::account(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).account : Account {};
}

AccountHealthRecord AccountHealthModel::health(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).health : AccountHealthRecord {};
}

int AccountHealthModel::rowOf(Id accountId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).account.id == accountId)
            return int(i);
    }
    return -1;
}

int AccountHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountHealthModel::timeText(Millis at)
{
    if (at <= 0)
        return tr("never");
    return QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(at).toLocalTime(), QLocale::ShortFormat);
}

QString AccountHealthModel::stateText(const Account &account, const AccountHealthRecord &health)
{
    if (account.connector != ConnectorKind::Live)
        return tr("Built-in (%1)").arg(toString(account.connector));
    if (health.paused)
        return tr("Paused: %1").arg(health.pauseReason);
    if (health.updatedAt == 0 && health.lastSyncAt == 0)
        return tr("Not synced yet");
    if (health.streaming)
        return tr("Streaming");
    return tr("Polling");
}

QString AccountHealthModel::summary(
    const QList<Account> &accounts, const QList<AccountHealthRecord> &health)
{
    QHash<Id, const Account *> live;
    for (const Account &a : accounts) {
        if (a.enabled && a.connector == ConnectorKind::Live)
            live.insert(a.id, &a);
    }
    int paused = 0;
    int failed = 0;
    for (const AccountHealthRecord &h : health) {
        if (!live.contains(h.accountId))
            continue;
        paused += h.paused ? 1 : 0;
        failed += h.failed + h.unknown;
    }
    QStringList parts;
    if (paused > 0)
        parts.append(tr("%n account(s) paused", nullptr, paused));
    if (failed > 0)
        parts.append(tr("%n reply(s) need a decision", nullptr, failed));
    return parts.join(u" · "_s);
}

QVariant AccountHealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const AccountHealthRecord &h = row.health;
    const bool live = row.account.connector == ConnectorKind::Live;
    if (role == AccountIdRole)
        return row.account.id;
    if (role == PausedRole)
        return h.paused;
    if (role == Qt::ToolTipRole && index.column() == StateColumn)
        return stateText(row.account, h);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PlatformColumn:
        return platformDisplayName(row.account.platform);
    case HandleColumn:
        return row.account.handle;
    case BaseUrlColumn:
        return row.account.baseUrl;
    case StateColumn:
        return stateText(row.account, h);
    case LastSyncColumn:
        return live ? timeText(h.lastSyncAt) : QString();
    case NextPollColumn:
        return live && h.nextPollAt > 0 && !h.paused ? timeText(h.nextPollAt) : QString();
    case RateLimitColumn:
        if (!live || h.rateLimitRemaining < 0)
            return QString();
        if (h.rateLimitResetAt > 0)
            return tr("%1 of %2 left, resets %3")
                .arg(h.rateLimitRemaining)
                .arg(h.rateLimit)
                .arg(timeText(h.rateLimitResetAt));
        return tr("%1 of %2 left").arg(h.rateLimitRemaining).arg(h.rateLimit);
    case DailyBudgetColumn:
        if (!live || h.dailyRemaining < 0)
            return QString();
        if (h.dailyLimit < 0)
            return tr("Posts left today: %1").arg(h.dailyRemaining);
        if (h.dailyResetAt > 0)
            return tr("Posts left today: %1 of %2; resets %3")
                .arg(h.dailyRemaining)
                .arg(h.dailyLimit)
                .arg(timeText(h.dailyResetAt));
        return tr("Posts left today: %1 of %2").arg(h.dailyRemaining).arg(h.dailyLimit);
    case OutboxColumn:
        return tr("%1 queued, %2 failed, %3 unknown").arg(h.queued).arg(h.failed).arg(h.unknown);
    case LastErrorColumn:
        if (h.lastError.isEmpty())
            return QString();
        return tr("%1 (%2)").arg(h.lastError, timeText(h.lastErrorAt));
    default:
        return {};
    }
}

QVariant AccountHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlatformColumn:
        return tr("Platform");
    case HandleColumn:
        return tr("Handle");
    case BaseUrlColumn:
        return tr("Base URL");
    case StateColumn:
        return tr("Health");
    case LastSyncColumn:
        return tr("Last sync");
    case NextPollColumn:
        return tr("Next poll");
    case RateLimitColumn:
        return tr("Rate limit");
    case DailyBudgetColumn:
        return tr("Daily budget");
    case OutboxColumn:
        return tr("Outbox");
    case LastErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace CareDesk
