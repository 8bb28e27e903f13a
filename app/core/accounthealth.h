// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/result.h"
#include "app/core/types.h"

#include <QFuture>
#include <QList>
#include <QString>

namespace CareDesk {

/// How a live account's connection is doing, as the program that polls it last reported it:
/// the account's health in the accounts dialog, the status bar and `caredesk-cli accounts list`.
/// Written by whichever program polls the account (desktop or `caredesk-cli sync`) and read by
/// all, so it lives in the workspace. Never holds a token.
struct AccountHealthRecord {
    Id accountId = 0;
    /// The platform refused the token (or the keychain has none): nothing is fetched or sent
    /// until a new token is stored. Queued replies stay queued.
    bool paused = false;
    QString pauseReason;
    /// Mastodon's streaming connection is open (polling then only catches up).
    bool streaming = false;
    Millis lastSyncAt = 0; ///< last successful fetch; 0: never
    Millis nextPollAt = 0; ///< when the poller asks next; 0: not scheduled
    Millis lastErrorAt = 0;
    QString lastError;
    int rateLimit = -1; ///< requests per window, as the platform last said; -1: not told
    int rateLimitRemaining = -1;
    Millis rateLimitResetAt = 0; ///< when the window resets; 0: not told
    /// A daily posting cap (X's 24-hour limits, since X access is paid); -1: not told.
    int dailyLimit = -1;
    int dailyRemaining = -1;
    Millis dailyResetAt = 0;
    Millis updatedAt = 0;
    QString reporter; ///< which program wrote this ("desktop", "caredesk-cli sync")

    // Read from the outbox, never written through save().
    int queued = 0; ///< queued or sending
    int failed = 0;
    int unknown = 0;
};

/// Where account health is kept (ARCHITECTURE.md: sync state per account, next to the cursors).
class AccountHealthRepository
{
public:
    virtual ~AccountHealthRepository() = default;
    /// One record per account that has health or unfinished replies, ordered by account id.
    virtual QFuture<Result<QList<AccountHealthRecord>>> list() = 0;
    /// Replaces the account's stored health (the outbox counts are ignored).
    virtual QFuture<Result<Done>> save(const AccountHealthRecord &record) = 0;
};

} // namespace CareDesk
