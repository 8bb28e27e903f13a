// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Mastodon sign-in: PKCE S256 (RFC 7636's own example), the loopback listener played by a test
// "browser" that connects to it (the right state, a wrong one, an error, a timeout, other
// interfaces), and the whole flow against the replay server as the instance.
#include "app/platforms/httpclient.h"
#include "app/platforms/mastodon/mastodonoauth.h"
#include "tests/support/loopbackbrowser.h"
#include "tests/support/replayserver.h"

#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::Mastodon;
using namespace CareDesk::Test;

namespace {

QUrl callback(const LoopbackListener &listener, const QList<QPair<QString, QString>> &items)
{
    QUrl url = listener.redirectUri();
    QUrlQuery query;
    for (const auto &[name, value] : items)
        query.addQueryItem(name, value);
    url.setQuery(query);
    return url;
}

} // namespace

class TestMastodonOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pkceS256();
    void listenerTakesOneCallback();
    void wrongStateIsRefused();
    void otherPathsAreNotFound();
    void deniedAccessFails();
    void listensOnLoopbackOnly();
    void timesOut();
    void fullSignIn();
    void registrationRefused();
};

void TestMastodonOAuth::pkceS256()
{
    // RFC 7636, appendix B.
    QCOMPARE(Pkce::challengeFor(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s),
        u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
    const Pkce a = Pkce::generate();
    const Pkce b = Pkce::generate();
    QCOMPARE(a.verifier.size(), 43);
    QVERIFY(a.verifier != b.verifier);
    for (const QChar ch : a.verifier)
        QVERIFY(ch.isLetterOrNumber() || ch == u'-' || ch == u'_');
    QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
}

void TestMastodonOAuth::listenerTakesOneCallback()
{
    LoopbackListener listener;
    QVERIFY(listener.start());
    QCOMPARE(listener.redirectUri().host(), u"127.0.0.1"_s);
    QCOMPARE(listener.redirectUri().path(), u"/callback"_s);
    QVERIFY(listener.state().size() >= 43);
    const quint16 port = quint16(listener.redirectUri().port());
    QSignalSpy codes(&listener, &LoopbackListener::codeReceived);
    const QByteArray answer = visit(
        callback(listener, { { u"code"_s, u"the-code"_s }, { u"state"_s, listener.state() } }),
        port);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    QVERIFY(answer.contains("You can close this page"));
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().first().toString(), u"the-code"_s);
    // One callback, then closed: a second visit finds nobody.
    QVERIFY(!listener.isListening());
    QTcpSocket again;
    again.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!again.waitForConnected(1000));
}

void TestMastodonOAuth::wrongStateIsRefused()
{
    LoopbackListener listener;
    QVERIFY(listener.start());
    const quint16 port = quint16(listener.redirectUri().port());
    QSignalSpy codes(&listener, &LoopbackListener::codeReceived);
    QSignalSpy failures(&listener, &LoopbackListener::failed);
    const QString right = listener.state();
    for (const QString &wrong : QStringList { u"forged"_s, QString(),
             QString(right.left(right.size() - 1) + u'x'), QString(right + u'x') }) {
        const QByteArray answer = visit(
            callback(listener, { { u"code"_s, u"attacker-code"_s }, { u"state"_s, wrong } }), port);
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
    }
    QCOMPARE(codes.size(), 0);
    QCOMPARE(failures.size(), 0);
    QVERIFY(listener.isListening()); // still waiting for the real browser
    const QByteArray answer
        = visit(callback(listener, { { u"code"_s, u"real"_s }, { u"state"_s, right } }), port);
    QVERIFY(answer.startsWith("HTTP/1.1 200"));
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().first().toString(), u"real"_s);
}

void TestMastodonOAuth::otherPathsAreNotFound()
{
    LoopbackListener listener;
    QVERIFY(listener.start());
    const quint16 port = quint16(listener.redirectUri().port());
    QUrl favicon = listener.redirectUri();
    favicon.setPath(u"/favicon.ico"_s);
    QVERIFY(visit(favicon, port).startsWith("HTTP/1.1 404"));
    QVERIFY(listener.isListening());
}

void TestMastodonOAuth::deniedAccessFails()
{
    LoopbackListener listener;
    QVERIFY(listener.start());
    const quint16 port = quint16(listener.redirectUri().port());
    QSignalSpy failures(&listener, &LoopbackListener::failed);
    visit(callback(listener,
              { { u"error"_s, u"access_denied"_s },
                  { u"error_description"_s, u"The resource owner denied the request."_s },
                  { u"state"_s, listener.state() } }),
        port);
    QCOMPARE(failures.size(), 1);
    QVERIFY(failures.first().first().toString().contains(u"denied"_s));
    QVERIFY(!listener.isListening());
}

void TestMastodonOAuth::listensOnLoopbackOnly()
{
    LoopbackListener listener;
    QVERIFY(listener.start());
    const quint16 port = quint16(listener.redirectUri().port());
    int tried = 0;
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket socket;
        socket.connectToHost(address, port);
        QVERIFY2(!socket.waitForConnected(1000), qPrintable(address.toString()));
        ++tried;
    }
    if (tried == 0)
        qInfo("This machine has no other IPv4 address to try.");
}

void TestMastodonOAuth::timesOut()
{
    LoopbackListener listener;
    QVERIFY(listener.start(200));
    QSignalSpy failures(&listener, &LoopbackListener::failed);
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 5000);
    QVERIFY(failures.first().first().toString().contains(u"five minutes"_s));
    QVERIFY(!listener.isListening());
    QVERIFY(listener.state().isEmpty());
}

void TestMastodonOAuth::fullSignIn()
{
    ReplayServer instance;
    QVERIFY(instance.listen());
    instance.enqueue("POST", u"/api/v1/apps"_s,
        ReplayResponse::json(
            R"({"id":"5","name":"CareDesk","client_id":"cid","client_secret":"csecret"})"));
    instance.enqueue("POST", u"/oauth/token"_s,
        ReplayResponse::json(
            R"({"access_token":"granted-token","token_type":"Bearer","scope":"read","created_at":1})"));
    QNetworkAccessManager network;
    SystemClock clock;
    HttpClient http(network, clock);
    MastodonOAuth oauth(http, instance.url());
    QSignalSpy urls(&oauth, &MastodonOAuth::authorizationUrlReady);
    QSignalSpy tokens(&oauth, &MastodonOAuth::finished);
    QSignalSpy failures(&oauth, &MastodonOAuth::failed);
    oauth.start();
    QTRY_COMPARE_WITH_TIMEOUT(urls.size(), 1, 10000);

    const QHash<QString, QString> app = instance.requests("POST", u"/api/v1/apps"_s).first().form();
    const QString redirect = oauth.listener().redirectUri().toString();
    QCOMPARE(app.value(u"redirect_uris"_s), redirect);
    QCOMPARE(app.value(u"scopes"_s), MastodonOAuth::scopes);

    const QUrl authorize = urls.first().first().toUrl();
    QCOMPARE(authorize.path(), u"/oauth/authorize"_s);
    const QUrlQuery query(authorize);
    QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
    QCOMPARE(query.queryItemValue(u"client_id"_s), u"cid"_s);
    QCOMPARE(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), redirect);
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    const QString challenge = query.queryItemValue(u"code_challenge"_s, QUrl::FullyDecoded);
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    QCOMPARE(state, oauth.listener().state());

    // The browser comes back.
    const QByteArray answer = visit(
        callback(oauth.listener(), { { u"code"_s, u"auth-code"_s }, { u"state"_s, state } }),
        quint16(oauth.listener().redirectUri().port()));
    QVERIFY(answer.startsWith("HTTP/1.1 200"));
    QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 1, 10000);
    QCOMPARE(tokens.first().first().toString(), u"granted-token"_s);
    QCOMPARE(failures.size(), 0);

    const QHash<QString, QString> exchange
        = instance.requests("POST", u"/oauth/token"_s).first().form();
    QCOMPARE(exchange.value(u"grant_type"_s), u"authorization_code"_s);
    QCOMPARE(exchange.value(u"code"_s), u"auth-code"_s);
    QCOMPARE(exchange.value(u"redirect_uri"_s), redirect);
    QCOMPARE(exchange.value(u"client_id"_s), u"cid"_s);
    QCOMPARE(exchange.value(u"client_secret"_s), u"csecret"_s);
    // The verifier the instance gets is the one behind the challenge it saw.
    QCOMPARE(Pkce::challengeFor(exchange.value(u"code_verifier"_s)), challenge);
}

void TestMastodonOAuth::registrationRefused()
{
    ReplayServer instance;
    QVERIFY(instance.listen());
    instance.enqueue("POST", u"/api/v1/apps"_s,
        ReplayResponse::json(
            R"({"error":"Validation failed: Redirect URI must be an absolute URI."})", 422));
    QNetworkAccessManager network;
    SystemClock clock;
    HttpClient http(network, clock);
    MastodonOAuth oauth(http, instance.url());
    QSignalSpy urls(&oauth, &MastodonOAuth::authorizationUrlReady);
    QSignalSpy failures(&oauth, &MastodonOAuth::failed);
    oauth.start();
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 10000);
    QVERIFY(failures.first().first().toString().contains(u"Redirect URI"_s));
    QCOMPARE(urls.size(), 0);
    QVERIFY(!oauth.listener().isListening());
}

QTEST_GUILESS_MAIN(TestMastodonOAuth)
#include "tst_mastodonoauth.moc"
