// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/accountadmin.h"
#include "app/core/secretstore.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace CareDesk {

class HttpClient;
class SyncEngine;
class Workspace;

/// AccountAdmin over a workspace, the keychain and the platforms' APIs; shared by the accounts
/// dialog and `caredesk-cli accounts`. With a SyncEngine, added accounts start polling at once,
/// removed ones stop, and a new token resumes a paused account.
class AccountAdministration final : public QObject, public AccountAdmin
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountAdministration)

public:
    /// workspace, secrets and http are not owned and must outlive this object; engine may be
    /// null (the CLI's commands other than sync).
    AccountAdministration(Workspace &workspace, SecretStore &secrets, HttpClient &http,
        SyncEngine *engine = nullptr, QObject *parent = nullptr);

    /// The API base URL as stored: http(s) with a host, no query, no trailing slash; plain http
    /// only to this computer (the token travels with every request).
    static Result<QString> normalizeBaseUrl(const QString &text);

    QFuture<Result<QList<Account>>> accounts() override;
    QFuture<Result<QList<AccountHealthRecord>>> health() override;
    Result<QString> checkBaseUrl(const QString &text) const override;
    QFuture<Result<Account>> add(const Account &account, const QString &token) override;
    QFuture<Result<Done>> setToken(const Account &account, const QString &token) override;
    QFuture<Result<Done>> remove(const Account &account) override;
    QFuture<Result<QString>> test(const Account &account) override;
    QFuture<Result<QString>> signIn(
        const QString &baseUrl, std::function<void(const QUrl &)> openUrl) override;
    QFuture<Result<QString>> signInX(const QString &clientId, const QString &baseUrl,
        std::function<void(const QUrl &)> openUrl) override;

private:
    void testWithToken(const Account &account, const QString &token,
        std::shared_ptr<QPromise<Result<QString>>> promise);

    Workspace &m_workspace;
    SecretStore &m_secrets;
    HttpClient &m_http;
    QPointer<SyncEngine> m_engine;
};

} // namespace CareDesk
