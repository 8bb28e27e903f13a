// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/httpclient.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>

#include <cstring>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    /// Errors that mean the connection never carried the request: retrying cannot duplicate it.
    bool neverLeft(QNetworkReply::NetworkError error)
    {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::UnknownProxyError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
            return true;
        default:
            return false;
        }
    }

    /// A sentence about a transport failure. Qt's own errorString() can quote the whole URL, and a
    /// Telegram URL holds the bot token, so it is never passed on.
    QString transportErrorText(
        QNetworkReply::NetworkError error, const QString &host, bool timedOut)
    {
        if (timedOut)
            return HttpClient::tr("The server %1 did not answer in time.").arg(host);
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            return HttpClient::tr("The server %1 refused the connection.").arg(host);
        case QNetworkReply::HostNotFoundError:
            return HttpClient::tr(
                "The server %1 cannot be found; check the address and the network.")
                .arg(host);
        case QNetworkReply::RemoteHostClosedError:
            return HttpClient::tr("The server %1 closed the connection before answering.")
                .arg(host);
        case QNetworkReply::TimeoutError:
            return HttpClient::tr("The server %1 did not answer in time.").arg(host);
        case QNetworkReply::SslHandshakeFailedError:
            return HttpClient::tr("A secure connection to %1 could not be established; check the "
                                  "address and the system's certificates.")
                .arg(host);
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            return HttpClient::tr("The network is not available.");
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::UnknownProxyError:
            return HttpClient::tr("The proxy refused or failed the connection to %1.").arg(host);
        default:
            return HttpClient::tr("The connection to %1 failed (network error %2).")
                .arg(host)
                .arg(int(error));
        }
    }

    /// A request body that can be read once: Qt cannot rewind it to send the request again.
    class OneShotBody final : public QIODevice
    {
    public:
        explicit OneShotBody(QByteArray data)
            : m_data(std::move(data))
        {
            open(QIODevice::ReadOnly);
        }
        bool isSequential() const override { return true; }
        bool reset() override { return false; }
        qint64 bytesAvailable() const override
        {
            return m_data.size() - m_position + QIODevice::bytesAvailable();
        }

    protected:
        qint64 readData(char *data, qint64 maxSize) override
        {
            const qint64 count = qMin(maxSize, m_data.size() - m_position);
            if (count <= 0)
                return m_position >= m_data.size() ? -1 : 0;
            std::memcpy(data, m_data.constData() + m_position, size_t(count));
            m_position += count;
            return count;
        }
        qint64 writeData(const char *, qint64) override { return -1; }

    private:
        QByteArray m_data;
        qint64 m_position = 0;
    };

} // namespace

HttpRequest HttpRequest::get(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    return request;
}

HttpRequest HttpRequest::postForm(const QUrl &url, const QUrlQuery &fields)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.contentType = "application/x-www-form-urlencoded";
    // QUrlQuery leaves '+' as it is, which a form decoder reads as a space; encode it (and the
    // other delimiters) so every character arrives as typed.
    const auto items = fields.queryItems(QUrl::FullyDecoded);
    QByteArray body;
    for (const auto &[name, value] : items) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    request.body = body;
    return request;
}

HttpRequest HttpRequest::postJson(const QUrl &url, const QJsonObject &object)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.contentType = "application/json";
    request.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return request;
}

HttpRequest &HttpRequest::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return *this;
}

RateLimiter::RateLimiter(const Clock &clock, quint32 seed)
    : m_clock(clock)
    , m_random(seed)
{
}

bool RateLimiter::isBlocked() const
{
    return m_blockedUntil > m_clock.now();
}

void RateLimiter::noteSuccess()
{
    m_failures = 0;
}

Millis RateLimiter::backoffDelay(int failures)
{
    // base * 2^failures, computed without overflow: past 2^20 it is far above the cap anyway.
    const Millis ceiling
        = failures >= 20 ? backoffCap : qMin(backoffCap, backoffBase * (Millis(1) << failures));
    // Full jitter, but never the same millisecond: a retry always lies after the failure.
    return 1 + Millis(m_random.bounded(double(ceiling)));
}

Millis RateLimiter::noteTransientFailure()
{
    const Millis now = m_clock.now();
    const Millis at = now + backoffDelay(m_failures);
    m_failures = qMin(m_failures + 1, 64);
    m_blockedUntil = qMax(m_blockedUntil, at);
    return m_blockedUntil;
}

void RateLimiter::holdUntil(Millis at)
{
    m_blockedUntil = boundedRetryAt(at, m_clock.now());
}

void RateLimiter::noteBudget(int limit, int remaining, Millis resetAt)
{
    if (limit >= 0)
        m_limit = limit;
    if (remaining >= 0)
        m_remaining = remaining;
    const Millis now = m_clock.now();
    if (remaining == 0 && resetAt > now)
        m_blockedUntil = qMax(m_blockedUntil, boundedRetryAt(resetAt, now));
}

HttpClient::HttpClient(QNetworkAccessManager &network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{
}

HttpClient::~HttpClient()
{
    qDeleteAll(m_limiters);
}

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("CareDesk/" CAREDESK_VERSION);
}

RateLimiter &HttpClient::limiter(const QString &key)
{
    RateLimiter *&limiter = m_limiters[key];
    if (!limiter)
        limiter = new RateLimiter(m_clock, QRandomGenerator::global()->generate());
    return *limiter;
}

QFuture<HttpResult> HttpClient::send(const HttpRequest &request)
{
    auto promise = std::make_shared<QPromise<HttpResult>>();
    QFuture<HttpResult> future = promise->future();
    promise->start();

    if (!request.limiterKey.isEmpty() && limiter(request.limiterKey).isBlocked()) {
        HttpResult blocked;
        blocked.outcome = HttpResult::Outcome::Blocked;
        blocked.retryAt = limiter(request.limiterKey).blockedUntil();
        blocked.errorText
            = tr("Waiting for the platform's rate limit until %1.").arg(toIsoUtc(blocked.retryAt));
        promise->addResult(blocked);
        promise->finish();
        return future;
    }

    QNetworkRequest networkRequest(request.url);
    networkRequest.setTransferTimeout(request.transferTimeoutMs);
    // Follow a redirect only to the same scheme, host and port: the Authorization header must
    // never travel to another server.
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);

    QNetworkReply *reply = nullptr;
    if (request.method == "GET") {
        reply = m_network.get(networkRequest);
    } else if (request.idempotent) {
        reply = m_network.sendCustomRequest(networkRequest, request.method, request.body);
    } else {
        // Qt 6.4 sends a request again, whatever its method, when the connection closes before
        // an answer (QHttpNetworkConnectionChannel::handleUnexpectedEOF). A body that cannot be
        // rewound turns that second send into ContentReSendError: a request that must not be
        // repeated reaches the platform at most once, and the caller hears "no answer".
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        // Buffered, the body could be rewound after all.
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(request.body);
        reply = m_network.sendCustomRequest(networkRequest, request.method, body);
        body->setParent(reply);
    }

    struct State {
        bool sent = false;
        bool tooLarge = false;
    };
    auto state = std::make_shared<State>();
    connect(reply, &QNetworkReply::requestSent, this, [state] { state->sent = true; });
    const qint64 maxBytes = request.maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, this,
        [reply, state, maxBytes](qint64 received, qint64 total) {
            if (!state->tooLarge && (received > maxBytes || total > maxBytes)) {
                state->tooLarge = true;
                reply->abort();
            }
        });
    const QString key = request.limiterKey;
    const QString host = request.url.host();
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise, state, key, host] {
        reply->deleteLater();
        HttpResult result;
        const Millis now = m_clock.now();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError error = reply->error();
        // Errors below 200 are the connection's (refused, closed, timed out, TLS, proxy); an
        // answer cut off in the middle has a status and still counts as no answer.
        const bool connectionFailed = (error > QNetworkReply::NoError && error < 200)
            || error == QNetworkReply::ProtocolFailure
            || error == QNetworkReply::ContentReSendError;
        if (state->tooLarge) {
            result.outcome = HttpResult::Outcome::TooLarge;
            result.status = status.toInt();
            result.mayHaveLeft = true;
            result.errorText = tr("The server %1 sent an answer too large to read.").arg(host);
        } else if (status.isValid() && status.toInt() > 0 && !connectionFailed) {
            result.outcome = HttpResult::Outcome::Answered;
            result.status = status.toInt();
            result.headers = reply->rawHeaderPairs();
            result.body = reply->readAll();
            result.mayHaveLeft = true;
        } else {
            // Without our own abort, a cancelled reply is the transfer timeout firing.
            const bool timedOut = error == QNetworkReply::OperationCanceledError
                || error == QNetworkReply::TimeoutError;
            result.outcome
                = timedOut ? HttpResult::Outcome::TimedOut : HttpResult::Outcome::NetworkError;
            result.mayHaveLeft = state->sent || status.isValid() || !neverLeft(error);
            result.errorText = transportErrorText(error, host, timedOut);
        }

        if (!key.isEmpty()) {
            RateLimiter &rate = limiter(key);
            if (result.isSuccess()) {
                rate.noteSuccess();
            } else if (!result.answered() || result.status == 429 || result.status >= 500) {
                result.retryAt = rate.noteTransientFailure();
                if (result.answered()) {
                    if (const std::optional<Millis> after
                        = parseRetryAfter(headerValue(result.headers, "retry-after"), now)) {
                        rate.holdUntil(*after);
                        result.retryAt = rate.blockedUntil();
                    }
                }
            }
        }
        Q_EMIT finished(key, result.status, result.isSuccess());
        promise->addResult(result);
        promise->finish();
    });
    return future;
}

} // namespace CareDesk
