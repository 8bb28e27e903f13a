// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/runtime/accountadministration.h"

#include "app/core/futures.h"
#include "app/platforms/facebook/facebookconnector.h"
#include "app/platforms/httpclient.h"
#include "app/platforms/liveconnector.h"
#include "app/platforms/mastodon/mastodonconnector.h"
#include "app/platforms/mastodon/mastodonoauth.h"
#include "app/platforms/mastodon/mastodonparser.h"
#include "app/platforms/telegram/telegramconnector.h"
#include "app/platforms/telegram/telegramparser.h"
#include "app/platforms/vk/vkconnector.h"
#include "app/platforms/vk/vkparser.h"
#include "app/platforms/x/xconnector.h"
#include "app/platforms/x/xoauth.h"
#include "app/platforms/x/xparser.h"
#include "app/runtime/connectors.h"
#include "app/runtime/syncengine.h"
#include "app/runtime/workspace.h"

#include <QHostAddress>
#include <QPromise>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    template <typename T> using Promise = std::shared_ptr<QPromise<Result<T>>>;

    template <typename T> Promise<T> makePromise()
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        promise->start();
        return promise;
    }

    template <typename T> void deliver(const Promise<T> &promise, const Result<T> &value)
    {
        promise->addResult(value);
        promise->finish();
    }

    bool isLoopback(const QString &host)
    {
        if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
            return true;
        const QHostAddress address(host);
        return !address.isNull() && address.isLoopback();
    }

    constexpr int testTimeoutMs = 15000;

} // namespace

AccountAdministration::AccountAdministration(Workspace &workspace, SecretStore &secrets,
    HttpClient &http, SyncEngine *engine, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_http(http)
    , m_engine(engine)
{
}

Result<QString> AccountAdministration::normalizeBaseUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != "https"_L1 && scheme != "http"_L1)
        || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        return Error { ErrorCode::Invalid,
            tr("\"%1\" is not an API address; give one like https://mastodon.example.").arg(text) };
    }
    // The token travels with every request: in the clear only to this machine (a test server,
    // a local proxy), never across a network.
    if (scheme == "http"_L1 && !isLoopback(url.host())) {
        return Error { ErrorCode::Invalid,
            tr("CareDesk sends tokens only over https; use https://%1 (plain http is allowed "
               "only to this computer).")
                .arg(url.host()) };
    }
    QString normalized = url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (normalized.endsWith(u'/'))
        normalized.chop(1);
    return normalized;
}

QFuture<Result<QList<Account>>> AccountAdministration::accounts()
{
    return m_workspace.accounts().list();
}

QFuture<Result<QList<AccountHealthRecord>>> AccountAdministration::health()
{
    return m_workspace.accountHealth().list();
}

Result<QString> AccountAdministration::checkBaseUrl(const QString &text) const
{
    return normalizeBaseUrl(text);
}

QFuture<Result<Account>> AccountAdministration::add(const Account &account, const QString &token)
{
    auto promise = makePromise<Account>();
    QFuture<Result<Account>> future = promise->future();
    m_workspace.accounts().add(account).then(QtFuture::Launch::Sync,
        onContext(this, [this, promise, token](const Result<Account> &added) {
            if (!added.ok() || token.isEmpty()) {
                if (added.ok() && m_engine)
                    m_engine->addAccount(added.value());
                deliver(promise, added);
                return;
            }
            const Account stored = added.value();
            m_secrets.write(LiveConnector::tokenKey(stored.id), token)
                .then(QtFuture::Launch::Sync,
                    onContext(this, [this, promise, stored](const Result<Done> &written) {
                        if (!written.ok()) {
                            // Without its token the account would only fail; take it back out.
                            m_workspace.accounts().remove(stored.id).then(
                                this, [promise, written](const Result<Done> &) {
                                    deliver(promise, Result<Account>(written.error()));
                                });
                            return;
                        }
                        if (m_engine)
                            m_engine->addAccount(stored);
                        deliver(promise, Result<Account>(stored));
                    }));
        }));
    return future;
}

QFuture<Result<Done>> AccountAdministration::setToken(const Account &account, const QString &token)
{
    auto promise = makePromise<Done>();
    QFuture<Result<Done>> future = promise->future();
    if (token.isEmpty()) {
        deliver(promise, Result<Done>(Error { ErrorCode::Invalid, tr("The token is empty.") }));
        return future;
    }
    m_secrets.write(LiveConnector::tokenKey(account.id), token)
        .then(QtFuture::Launch::Sync,
            onContext(this, [this, promise, account](const Result<Done> &written) {
                if (written.ok() && m_engine)
                    m_engine->restartAccount(account);
                deliver(promise, written);
            }));
    return future;
}

QFuture<Result<Done>> AccountAdministration::remove(const Account &account)
{
    auto promise = makePromise<Done>();
    QFuture<Result<Done>> future = promise->future();
    if (m_engine)
        m_engine->removeAccount(account.id);
    m_workspace.accounts()
        .remove(account.id)
        .then(QtFuture::Launch::Sync,
            onContext(this, [this, promise, account](const Result<Done> &removed) {
                if (!removed.ok() || account.connector != ConnectorKind::Live) {
                    deliver(promise, removed);
                    return;
                }
                m_secrets.remove(LiveConnector::tokenKey(account.id))
                    .then(QtFuture::Launch::Sync,
                        onContext(this, [promise, account](const Result<Done> &forgotten) {
                            if (!forgotten.ok()) {
                                deliver(promise,
                                    Result<Done>(Error { forgotten.error().code,
                                        tr("Account %1 is removed, but its token is still in the "
                                           "system "
                                           "keychain: %2")
                                            .arg(account.handle, forgotten.error().message) }));
                                return;
                            }
                            deliver(promise, Result<Done>(Done {}));
                        }));
            }));
    return future;
}

QFuture<Result<QString>> AccountAdministration::test(const Account &account)
{
    auto promise = makePromise<QString>();
    QFuture<Result<QString>> future = promise->future();
    if (account.connector != ConnectorKind::Live) {
        deliver(promise,
            Result<QString>(tr("%1 is a built-in %2 account; it needs no sign-in.")
                                .arg(account.handle, toString(account.connector))));
        return future;
    }
    m_secrets.read(LiveConnector::tokenKey(account.id))
        .then(QtFuture::Launch::Sync,
            onContext(this, [this, promise, account](const Result<QString> &token) {
                if (!token.ok()) {
                    deliver(promise, Result<QString>(token.error()));
                    return;
                }
                if (token.value().isEmpty()) {
                    deliver(promise,
                        Result<QString>(Error { ErrorCode::Unavailable,
                            tr("There is no token for %1 in the system keychain; sign in again or "
                               "paste a token.")
                                .arg(account.handle) }));
                    return;
                }
                testWithToken(account, token.value(), promise);
            }));
    return future;
}

void AccountAdministration::testWithToken(const Account &account, const QString &token,
    std::shared_ptr<QPromise<Result<QString>>> promise)
{
    const bool mastodon = account.platform == Platform::Mastodon;
    QUrl url;
    HttpRequest request;
    if (mastodon) {
        url = Mastodon::MastodonConnector::apiRoot(account);
        if (!url.isValid()) {
            deliver(promise,
                Result<QString>(Error { ErrorCode::Invalid,
                    tr("The Mastodon account %1 has no instance address.").arg(account.handle) }));
            return;
        }
        url.setPath(url.path() + u"/api/v1/accounts/verify_credentials"_s);
        request = HttpRequest::get(url);
        request.headers.append({ "Authorization", "Bearer " + token.toUtf8() });
    } else if (account.platform == Platform::Telegram) {
        url = Telegram::TelegramConnector::apiRoot(account);
        url.setPath(url.path() + u"/bot"_s + token + u"/getMe"_s);
        request = HttpRequest::get(url);
    } else if (account.platform == Platform::Vk) {
        request = Vk::VkConnector::communityRequest(account, token);
    } else if (account.platform == Platform::X) {
        request = X::XConnector::meRequest(account, token);
    } else if (account.platform == Platform::Facebook || account.platform == Platform::Instagram) {
        request = Facebook::FacebookConnector::pageRequest(account, token);
    } else {
        deliver(promise,
            Result<QString>(Error { ErrorCode::Unavailable,
                tr("CareDesk cannot test %1 accounts yet.")
                    .arg(platformDisplayName(account.platform)) }));
        return;
    }
    request.transferTimeoutMs = testTimeoutMs;
    // Not the account's limiter: a test must answer even while polling waits for a reset.
    const Platform platform = account.platform;
    m_http.send(request).then(QtFuture::Launch::Sync,
        onContext(this, [this, promise, mastodon, platform](const HttpResult &result) {
            if (!result.answered()) {
                deliver(
                    promise, Result<QString>(Error { ErrorCode::Unavailable, result.errorText }));
                return;
            }
            const Millis now = m_http.clock().now();
            if (platform == Platform::Facebook || platform == Platform::Instagram) {
                deliver(promise, Facebook::FacebookConnector::testAnswer(platform, result, now));
                return;
            }
            if (platform == Platform::X) {
                const Result<X::User> me
                    = result.isSuccess() ? X::XParser::me(result.body) : Result<X::User>();
                if (!me.ok()) {
                    deliver(promise,
                        Result<QString>(result.isSuccess()
                                ? me.error()
                                : X::XParser::failure(result.status, result.body, result.headers, now)
                                      .toError()));
                    return;
                }
                deliver(promise, Result<QString>(tr("Signed in as @%1.").arg(me.value().username)));
                return;
            }
            if (platform == Platform::Vk) {
                // VK answers errors as HTTP 200 with {"error":{...}}: the parser tells them apart.
                const Result<Vk::Community> community = Vk::VkParser::community(result.body);
                if (!result.isSuccess() || !community.ok()) {
                    const HttpFailure failure
                        = Vk::VkParser::failure(result.status, result.body, now);
                    deliver(promise,
                        Result<QString>(community.ok() ? failure.toError() : community.error()));
                    return;
                }
                deliver(promise,
                    Result<QString>(
                        tr("Signed in for the community %1.").arg(community.value().name)));
                return;
            }
            if (mastodon) {
                if (!result.isSuccess()) {
                    deliver(promise,
                        Result<QString>(Mastodon::MastodonParser::failure(
                            result.status, result.body, result.headers, now)
                                            .toError()));
                    return;
                }
                const Result<Mastodon::AccountInfo> info
                    = Mastodon::MastodonParser::account(result.body);
                if (!info.ok()) {
                    deliver(promise, Result<QString>(info.error()));
                    return;
                }
                deliver(promise, Result<QString>(tr("Signed in as @%1.").arg(info.value().acct)));
                return;
            }
            if (!result.isSuccess()) {
                deliver(promise,
                    Result<QString>(
                        Telegram::TelegramParser::failure(result.status, result.body, now)
                            .toError()));
                return;
            }
            const Result<Telegram::BotInfo> bot = Telegram::TelegramParser::me(result.body);
            if (!bot.ok()) {
                deliver(promise, Result<QString>(bot.error()));
                return;
            }
            deliver(promise,
                Result<QString>(tr("Signed in as the bot @%1.").arg(bot.value().username)));
        }));
}

QFuture<Result<QString>> AccountAdministration::signIn(
    const QString &baseUrl, std::function<void(const QUrl &)> openUrl)
{
    auto promise = makePromise<QString>();
    QFuture<Result<QString>> future = promise->future();
    const Result<QString> root = normalizeBaseUrl(baseUrl);
    if (!root.ok()) {
        deliver(promise, Result<QString>(root.error()));
        return future;
    }
    auto *oauth = new Mastodon::MastodonOAuth(m_http, QUrl(root.value()), this);
    auto done = std::make_shared<bool>(false);
    connect(oauth, &Mastodon::MastodonOAuth::authorizationUrlReady, this,
        [openUrl](const QUrl &url) { openUrl(url); });
    connect(oauth, &Mastodon::MastodonOAuth::finished, this,
        [promise, oauth, done](const QString &token) {
            if (std::exchange(*done, true))
                return;
            deliver(promise, Result<QString>(token));
            oauth->deleteLater();
        });
    connect(oauth, &Mastodon::MastodonOAuth::failed, this,
        [promise, oauth, done](const QString &message) {
            if (std::exchange(*done, true))
                return;
            deliver(promise, Result<QString>(Error { ErrorCode::Unavailable, message }));
            oauth->deleteLater();
        });
    oauth->start();
    return future;
}

QFuture<Result<QString>> AccountAdministration::signInX(
    const QString &clientId, const QString &baseUrl, std::function<void(const QUrl &)> openUrl)
{
    auto promise = makePromise<QString>();
    QFuture<Result<QString>> future = promise->future();
    QString root;
    if (!baseUrl.trimmed().isEmpty()) {
        const Result<QString> checked = normalizeBaseUrl(baseUrl);
        if (!checked.ok()) {
            deliver(promise, Result<QString>(checked.error()));
            return future;
        }
        root = checked.value();
    }
    auto *oauth = new X::XOAuth(m_http, clientId, X::XOAuthEndpoints::forBase(root), this);
    auto done = std::make_shared<bool>(false);
    connect(oauth, &X::XOAuth::authorizationUrlReady, this, [openUrl](const QUrl &url) { openUrl(url); });
    connect(oauth, &X::XOAuth::finished, this, [promise, oauth, done](const QString &stored) {
        if (std::exchange(*done, true))
            return;
        deliver(promise, Result<QString>(stored));
        oauth->deleteLater();
    });
    connect(oauth, &X::XOAuth::failed, this, [promise, oauth, done](const QString &message) {
        if (std::exchange(*done, true))
            return;
        deliver(promise, Result<QString>(Error { ErrorCode::Unavailable, message }));
        oauth->deleteLater();
    });
    oauth->start();
    return future;
}

} // namespace CareDesk
