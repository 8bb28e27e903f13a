// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/accounthealth.h"
#include "app/core/domain.h"

#include <QAbstractTableModel>
#include <QList>

namespace CareDesk {

/// The accounts with their health (accounts dialog): platform, handle, base URL, state, last
/// sync, next poll, rate-limit budget, outbox counts and the last error. Rows change in place
/// when the same accounts come again, so a refresh keeps the selection.
class AccountHealthModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountHealthModel)

public:
    enum Column {
        PlatformColumn,
        HandleColumn,
        BaseUrlColumn,
        StateColumn,
        LastSyncColumn,
        NextPollColumn,
        RateLimitColumn,
        DailyBudgetColumn,
        OutboxColumn,
        LastErrorColumn,
        ColumnCount
    };
    enum Role { AccountIdRole = Qt::UserRole + 1, PausedRole };

    explicit AccountHealthModel(QObject *parent = nullptr);

    void setAccounts(const QList<Account> &accounts, const QList<AccountHealthRecord> &health);
    Account account(int row) const;
    AccountHealthRecord health(int row) const;
    int rowOf(Id accountId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// One line for the state column and the status bar: paused (with why), streaming, polling.
    static QString stateText(const Account &account, const AccountHealthRecord &health);
    /// A time for people: local, short; "never" for 0.
    static QString timeText(Millis at);
    /// The status bar's summary: empty when every account is well.
    static QString summary(
        const QList<Account> &accounts, const QList<AccountHealthRecord> &health);

private:
    struct Row {
        Account account;
        AccountHealthRecord health;
    };
    QList<Row> m_rows;
};

} // namespace CareDesk
