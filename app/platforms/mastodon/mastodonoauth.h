// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Signing in to a Mastodon instance as a native app (RFC 8252): register the app with the
// instance, send the user's system browser to the instance's authorization page with a PKCE
// S256 challenge (RFC 7636) and a one-time state, receive the code on a loopback redirect of
// our own, and exchange it for the access token. Qt 6.4's NetworkAuth has no PKCE and its
// reply handler listens on every interface; this listener binds 127.0.0.1 only and closes after
// one callback or five minutes.

#include "app/platforms/httpclient.h"

#include <QCoreApplication>
#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

namespace CareDesk::Mastodon {

/// A PKCE verifier and its S256 challenge.
struct Pkce {
    QString verifier; ///< 43 characters of base64url from 32 random bytes
    QString challenge; ///< base64url(SHA-256(verifier)), no padding

    /// A fresh pair from the system's secure random source.
    static Pkce generate();
    static QString challengeFor(const QString &verifier);
};

/// The redirect target of a sign-in: http://127.0.0.1:<free port>/callback, waiting for one
/// request that carries the state it was started with. A request with another state is refused
/// (400) and does not end the wait, so a stale browser tab or a forged request cannot complete
/// or break the sign-in; any other path gets 404. The first matching callback, or the timeout,
/// closes the listener for good.
class LoopbackListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackListener)

public:
    static constexpr int defaultTimeoutMs = 5 * 60 * 1000;

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    /// Listens on 127.0.0.1 with a new one-time state. False when no port can be had.
    bool start(int timeoutMs = defaultTimeoutMs);
    void close();
    bool isListening() const { return m_server.isListening(); }
    QUrl redirectUri() const;
    QString state() const { return m_state; }

Q_SIGNALS:
    /// The browser came back with the code (the state matched).
    void codeReceived(const QString &code);
    /// The instance reported an error (the user denied access), or nobody came back in time.
    void failed(const QString &message);

private:
    void accept();
    void read(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QString &message);
    void finish();

    QTcpServer m_server;
    QTimer m_timeout;
    QString m_state;
    quint16 m_port = 0;
};

/// The whole sign-in against one instance. Tokens reach the caller through finished() only; the
/// caller stores them with the SecretStore and never logs them.
class MastodonOAuth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MastodonOAuth)

public:
    /// What CareDesk asks for: mentions, direct messages, posting, marking conversations read,
    /// and who the account is.
    static inline const QString scopes = QStringLiteral(
        "read:notifications read:statuses read:accounts write:statuses write:conversations");

    /// instance: the API root (https://mastodon.example).
    MastodonOAuth(HttpClient &http, const QUrl &instance, QObject *parent = nullptr);
    ~MastodonOAuth() override;

    /// Opens the listener, registers the app for its redirect URI, and emits
    /// authorizationUrlReady with the page for the system browser.
    void start(int timeoutMs = LoopbackListener::defaultTimeoutMs);
    void cancel();
    const LoopbackListener &listener() const { return m_listener; }

Q_SIGNALS:
    /// Open this in the system browser (QDesktopServices::openUrl); never an embedded view.
    void authorizationUrlReady(const QUrl &url);
    void finished(const QString &accessToken);
    void failed(const QString &message);

private:
    QUrl endpoint(const QString &path) const;
    void exchange(const QString &code);
    void fail(const QString &message);
    QString describe(const HttpResult &result) const;

    HttpClient &m_http;
    QUrl m_instance;
    LoopbackListener m_listener;
    Pkce m_pkce;
    QString m_clientId;
    QString m_clientSecret;
    bool m_active = false;
};

} // namespace CareDesk::Mastodon
