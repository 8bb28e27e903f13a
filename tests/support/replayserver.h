// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A local HTTP server for client tests (ARCHITECTURE.md, Tests): a QTcpServer bound to
// 127.0.0.1 that answers with scripted responses (recorded bodies from
// ../shared/fixtures/platforms/, or built by the test) and scripted faults (any status and
// headers, a dropped connection, a stall before or in the middle of an answer, malformed
// bodies), and records every request it gets for the test to check. Qt 6.4's HttpServer is a
// preview and can neither stall nor drop, hence a few hundred lines of our own.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace CareDesk::Test {

using ReplayHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One request as the server received it.
struct RecordedRequest {
    QByteArray method;
    QString path; ///< decoded, without the query
    QList<QPair<QString, QString>> query; ///< decoded, in order
    ReplayHeaders headers;
    QByteArray body;
    int connection = 0; ///< which TCP connection carried it (1, 2, ...)

    /// The first header of that name (case-insensitive), or a null array.
    QByteArray header(const QByteArray &name) const;
    /// A query parameter, fully decoded.
    QString queryValue(const QString &name) const;
    /// Every value of a repeated parameter (types[]=a&types[]=b).
    QStringList queryValues(const QString &name) const;
    /// The body as form fields (application/x-www-form-urlencoded), fully decoded.
    QHash<QString, QString> form() const;
    /// The body as a JSON object (empty when it is not one).
    QJsonObject json() const;
};

/// How the server answers one request.
struct ReplayResponse {
    enum class Fault {
        None,
        Drop, ///< close the connection without answering
        Stall, ///< never answer; the connection stays open
        StallInBody, ///< send the headers and half the body, then nothing
        DropInBody, ///< send the headers and half the body, then close
    };

    int status = 200;
    ReplayHeaders headers;
    QByteArray body;
    Fault fault = Fault::None;
    int delayMs = 0; ///< answer after this long
    /// A streaming answer (server-sent events): the head without a length, the body as the first
    /// chunk, then whatever ReplayServer::pushStream() sends, until dropStreams().
    bool streaming = false;

    static ReplayResponse json(
        const QByteArray &body, int status = 200, const ReplayHeaders &headers = {});
    static ReplayResponse failing(Fault fault);
    /// A text/event-stream answer that stays open (see streaming).
    static ReplayResponse eventStream(const QByteArray &first = {}, int status = 200);
};

/// One request and answer of a recorded cassette.
struct ReplayInteraction {
    QByteArray method;
    QString path;
    QByteArray rawQuery;
    QByteArray requestBody;
    int status = 0;
    ReplayHeaders headers;
    QByteArray body;

    /// The recorded answer, minus the headers that describe the recorded transfer
    /// (content-length, transfer-encoding, connection), which the server writes itself.
    ReplayResponse response() const;
};

class ReplayServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayServer)

public:
    using Handler = std::function<ReplayResponse(const RecordedRequest &request)>;

    explicit ReplayServer(QObject *parent = nullptr);
    ~ReplayServer() override;

    /// Listens on 127.0.0.1 (never on other interfaces); port 0 picks a free one.
    bool listen(quint16 port = 0);
    quint16 port() const;
    /// http://127.0.0.1:<port>
    QUrl url() const;

    /// The next request to method and path (a trailing slash does not matter) gets response.
    /// Responses queued for one route are used once each, in order.
    void enqueue(const QByteArray &method, const QString &path, const ReplayResponse &response);
    /// Answers requests no queued response matches; without one they get a 404 in Mastodon's
    /// error format.
    void setHandler(Handler handler);

    QList<RecordedRequest> requests() const { return m_requests; }
    /// The requests to one route, in order.
    QList<RecordedRequest> requests(const QByteArray &method, const QString &path) const;
    void clearRequests() { m_requests.clear(); }
    /// TCP connections accepted so far.
    int connections() const { return m_connectionCount; }
    /// Closes every open connection (stalled ones included).
    void closeConnections();
    /// Sends bytes as one chunk on every open streaming answer.
    void pushStream(const QByteArray &bytes);
    /// Cuts every streaming answer off without ending it (a dropped stream).
    void dropStreams();
    /// Streaming answers still open.
    int openStreams() const;

    /// The folder of the recorded responses: $CAREDESK_SHARED_DIR/fixtures/platforms.
    static QString fixtureDir();
    /// A file under fixtureDir(), read whole; empty when missing.
    static QByteArray fixture(const QString &relativePath);
    /// A vcrpy YAML cassette (Mastodon.py's) or a Ruby VCR one (telegram-bot-ruby's): its
    /// interactions in recorded order.
    static QList<ReplayInteraction> vcrCassette(const QString &relativePath);
    /// An ExVCR JSON cassette (nadia's Telegram recordings).
    static QList<ReplayInteraction> exvcrCassette(const QString &relativePath);

Q_SIGNALS:
    /// A request arrived (its index in requests()).
    void requestReceived(int index);

private:
    struct Connection {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        int number = 0;
        bool stalled = false;
        bool streaming = false;
    };

    void accept();
    void readFrom(Connection *connection);
    void answer(Connection *connection, const ReplayResponse &response);
    static QString routeKey(const QByteArray &method, const QString &path);

    QTcpServer m_server;
    QHash<QString, QList<ReplayResponse>> m_queued;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    QList<Connection *> m_connections;
    int m_connectionCount = 0;
};

} // namespace CareDesk::Test
