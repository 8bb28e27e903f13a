// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/accounthealth.h"
#include "app/core/domain.h"
#include "app/core/result.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

namespace CareDesk {

/// Adding, checking and removing the accounts CareDesk talks to, for the accounts dialog (which
/// knows only core) and `caredesk-cli accounts`. Tokens go to the keychain only: they pass
/// through here on their way and are never stored anywhere else.
class AccountAdmin
{
public:
    virtual ~AccountAdmin() = default;
    virtual QFuture<Result<QList<Account>>> accounts() = 0;
    virtual QFuture<Result<QList<AccountHealthRecord>>> health() = 0;
    /// The API base URL as it will be stored, or an Invalid error with a sentence saying why not
    /// (https only, plain http to this computer only).
    virtual Result<QString> checkBaseUrl(const QString &text) const = 0;
    /// Adds a live account and, when token is not empty, stores it in the keychain (the account
    /// is taken back out when the keychain refuses it). Polling starts where this program polls.
    virtual QFuture<Result<Account>> add(const Account &account, const QString &token) = 0;
    /// Replaces the account's token in the keychain and resumes a paused account.
    virtual QFuture<Result<Done>> setToken(const Account &account, const QString &token) = 0;
    /// Removes the account and its token from the keychain.
    virtual QFuture<Result<Done>> remove(const Account &account) = 0;
    /// Asks the platform who the stored token belongs to (Mastodon verify_credentials, Telegram
    /// getMe): the account's name there, or why not.
    virtual QFuture<Result<QString>> test(const Account &account) = 0;
    /// Mastodon's browser sign-in (OAuth 2.0 with PKCE on a 127.0.0.1 loopback redirect): calls
    /// openUrl with the instance's authorization page and answers the access token once the
    /// browser comes back (or an error after five minutes).
    virtual QFuture<Result<QString>> signIn(
        const QString &baseUrl, std::function<void(const QUrl &)> openUrl)
        = 0;
    /// X's browser sign-in (OAuth 2.0 with PKCE S256 on a 127.0.0.1 loopback redirect) with the
    /// client id of the customer's own X app; baseUrl empty for X itself. Answers the value to
    /// store as the account's token (access and refresh token, as one keychain entry).
    virtual QFuture<Result<QString>> signInX(
        const QString &clientId, const QString &baseUrl, std::function<void(const QUrl &)> openUrl)
        = 0;
};

} // namespace CareDesk
