// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/mastodon/mastodonoauth.h"

#include "app/core/futures.h"
#include "app/platforms/mastodon/mastodonparser.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Mastodon {

namespace {

    constexpr qsizetype maxRequestBytes = 16 * 1024;

    QByteArray randomBytes(int count)
    {
        QByteArray bytes(count, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
        return bytes;
    }

    QString base64Url(const QByteArray &bytes)
    {
        return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    /// Compares without stopping at the first difference, so timing tells nothing about the state.
    bool sameSecret(const QString &a, const QString &b)
    {
        if (a.size() != b.size())
            return false;
        char16_t difference = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            difference |= a.at(i).unicode() ^ b.at(i).unicode();
        return difference == 0;
    }

    QByteArray reasonPhrase(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 400:
            return "Bad Request";
        case 404:
            return "Not Found";
        default:
            return "Error";
        }
    }

} // namespace

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = base64Url(randomBytes(32));
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QString Pkce::challengeFor(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackListener::accept);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish();
        Q_EMIT failed(tr("Nobody came back from the sign-in page within five minutes; start the "
                         "sign-in again."));
    });
}

LoopbackListener::~LoopbackListener() = default;

bool LoopbackListener::start(int timeoutMs)
{
    finish();
    // RFC 8252, 7.3: the loopback IP literal, never "localhost" (which may resolve elsewhere) and
    // never every interface (which would let the network deliver the code).
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = m_server.serverPort();
    m_state = base64Url(randomBytes(32));
    m_timeout.start(timeoutMs);
    return true;
}

void LoopbackListener::close()
{
    finish();
}

void LoopbackListener::finish()
{
    m_timeout.stop();
    m_server.close();
    m_state.clear();
}

QUrl LoopbackListener::redirectUri() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(u"/callback"_s);
    return url;
}

void LoopbackListener::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        // A connection that never sends a request line is dropped, not kept for ever.
        QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
    }
}

void LoopbackListener::read(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > maxRequestBytes) {
        socket->abort();
        return;
    }
    if (!socket->canReadLine())
        return;
    const QList<QByteArray> requestLine = socket->readLine(maxRequestBytes).trimmed().split(' ');
    socket->readAll(); // the headers say nothing we need
    if (requestLine.size() < 2 || requestLine.at(0) != "GET") {
        respond(
            socket, 400, tr("CareDesk expected the browser to come back from the sign-in page."));
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    if (target.path() != u"/callback"_s) {
        respond(socket, 404, tr("There is nothing here."));
        return;
    }
    const QUrlQuery query(target);
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    if (m_state.isEmpty() || !sameSecret(state, m_state)) {
        respond(socket, 400,
            tr("This sign-in link is not the one CareDesk is waiting for; start the sign-in "
               "again from CareDesk."));
        return;
    }
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    finish();
    if (!error.isEmpty() || code.isEmpty()) {
        const QString detail = cleanPlatformMessage(
            query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded).isEmpty()
                ? error
                : query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded),
            200);
        respond(socket, 200, tr("The sign-in was not completed. You can close this page."));
        Q_EMIT failed(tr("The Mastodon instance did not grant access (%1).")
                          .arg(detail.isEmpty() ? tr("no code") : detail));
        return;
    }
    respond(
        socket, 200, tr("CareDesk is signed in. You can close this page and return to CareDesk."));
    Q_EMIT codeReceived(code);
}

void LoopbackListener::respond(QTcpSocket *socket, int status, const QString &message)
{
    const QByteArray body
        = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>CareDesk</title></head>"
          "<body><p>"
        + message.toHtmlEscaped().toUtf8() + "</p></body></html>";
    QByteArray response
        = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                "Referrer-Policy: no-referrer\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

MastodonOAuth::MastodonOAuth(HttpClient &http, const QUrl &instance, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_instance(instance)
{
    connect(&m_listener, &LoopbackListener::codeReceived, this, &MastodonOAuth::exchange);
    connect(&m_listener, &LoopbackListener::failed, this, &MastodonOAuth::fail);
}

MastodonOAuth::~MastodonOAuth() = default;

QUrl MastodonOAuth::endpoint(const QString &path) const
{
    QUrl url = m_instance;
    QString root = url.path();
    while (root.endsWith(u'/'))
        root.chop(1);
    url.setPath(root + path);
    return url;
}

QString MastodonOAuth::describe(const HttpResult &result) const
{
    if (!result.answered())
        return result.errorText;
    return MastodonParser::failure(result.status, result.body, result.headers, m_http.clock().now())
        .reason;
}

void MastodonOAuth::fail(const QString &message)
{
    if (!m_active)
        return;
    m_active = false;
    m_listener.close();
    m_clientSecret.clear();
    Q_EMIT failed(message);
}

void MastodonOAuth::cancel()
{
    m_active = false;
    m_listener.close();
}

void MastodonOAuth::start(int timeoutMs)
{
    m_active = true;
    if (!m_instance.isValid() || m_instance.host().isEmpty()) {
        fail(tr("The Mastodon instance address is not valid."));
        return;
    }
    if (!m_listener.start(timeoutMs)) {
        fail(tr("CareDesk cannot open a port on 127.0.0.1 for the sign-in to come back to."));
        return;
    }
    m_pkce = Pkce::generate();
    const QString redirect = m_listener.redirectUri().toString();
    QUrlQuery form;
    form.addQueryItem(u"client_name"_s, u"CareDesk"_s);
    form.addQueryItem(u"redirect_uris"_s, redirect);
    form.addQueryItem(u"scopes"_s, scopes);
    m_http.send(HttpRequest::postForm(endpoint(u"/api/v1/apps"_s), form))
        .then(QtFuture::Launch::Sync, onContext(this, [this, redirect](const HttpResult &result) {
            if (!m_active)
                return;
            const QJsonObject app = QJsonDocument::fromJson(result.body).object();
            m_clientId = app.value(u"client_id"_s).toString();
            m_clientSecret = app.value(u"client_secret"_s).toString();
            if (!result.isSuccess() || m_clientId.isEmpty()) {
                fail(tr("The Mastodon instance did not register CareDesk: %1")
                         .arg(result.isSuccess() ? tr("its answer cannot be read.")
                                                 : describe(result)));
                return;
            }
            QUrl authorize = endpoint(u"/oauth/authorize"_s);
            QUrlQuery query;
            query.addQueryItem(u"response_type"_s, u"code"_s);
            query.addQueryItem(u"client_id"_s, m_clientId);
            query.addQueryItem(u"redirect_uri"_s, redirect);
            query.addQueryItem(u"scope"_s, scopes);
            query.addQueryItem(u"state"_s, m_listener.state());
            query.addQueryItem(u"code_challenge"_s, m_pkce.challenge);
            query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
            authorize.setQuery(query);
            Q_EMIT authorizationUrlReady(authorize);
        }));
}

void MastodonOAuth::exchange(const QString &code)
{
    if (!m_active)
        return;
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"code"_s, code);
    form.addQueryItem(u"redirect_uri"_s, m_listener.redirectUri().toString());
    form.addQueryItem(u"client_id"_s, m_clientId);
    form.addQueryItem(u"client_secret"_s, m_clientSecret);
    form.addQueryItem(u"code_verifier"_s, m_pkce.verifier);
    form.addQueryItem(u"scope"_s, scopes);
    m_http.send(HttpRequest::postForm(endpoint(u"/oauth/token"_s), form))
        .then(QtFuture::Launch::Sync, onContext(this, [this](const HttpResult &result) {
            if (!m_active)
                return;
            const QString token
                = QJsonDocument::fromJson(result.body).object().value(u"access_token"_s).toString();
            if (!result.isSuccess() || token.isEmpty()) {
                fail(tr("The Mastodon instance did not give CareDesk an access token: %1")
                         .arg(result.isSuccess() ? tr("its answer cannot be read.")
                                                 : describe(result)));
                return;
            }
            m_active = false;
            m_clientSecret.clear();
            m_pkce = {};
            Q_EMIT finished(token);
        }));
}

} // namespace CareDesk::Mastodon
