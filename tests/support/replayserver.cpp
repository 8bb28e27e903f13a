// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/replayserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <yaml-cpp/yaml.h>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Test {

namespace {

    /// A request head larger than this is refused (closes the connection).
    constexpr qsizetype maxHeadBytes = 1024 * 1024;

    QString decodeComponent(QByteArray text, bool plusIsSpace)
    {
        if (plusIsSpace)
            text.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
    }

    QList<QPair<QString, QString>> decodePairs(const QByteArray &text, bool plusIsSpace)
    {
        QList<QPair<QString, QString>> pairs;
        for (const QByteArray &part : text.split('&')) {
            if (part.isEmpty())
                continue;
            const qsizetype eq = part.indexOf('=');
            const QByteArray name = eq < 0 ? part : part.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
            pairs.append(
                { decodeComponent(name, plusIsSpace), decodeComponent(value, plusIsSpace) });
        }
        return pairs;
    }

    QByteArray reasonPhrase(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 201:
            return "Created";
        case 204:
            return "No Content";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 409:
            return "Conflict";
        case 422:
            return "Unprocessable Content";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 502:
            return "Bad Gateway";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
        }
    }

    QString normalizedPath(QString path)
    {
        while (path.size() > 1 && path.endsWith(u'/'))
            path.chop(1);
        return path;
    }

    bool isTransferHeader(const QByteArray &name)
    {
        const QByteArray lower = name.toLower();
        return lower == "content-length" || lower == "transfer-encoding" || lower == "connection"
            || lower == "content-encoding";
    }

} // namespace

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString RecordedRequest::queryValue(const QString &name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    return {};
}

QStringList RecordedRequest::queryValues(const QString &name) const
{
    QStringList values;
    for (const auto &[key, value] : query) {
        if (key == name)
            values.append(value);
    }
    return values;
}

QHash<QString, QString> RecordedRequest::form() const
{
    QHash<QString, QString> fields;
    const auto pairs = decodePairs(body, true);
    for (const auto &[key, value] : pairs)
        fields.insert(key, value);
    return fields;
}

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ReplayResponse ReplayResponse::json(
    const QByteArray &body, int status, const ReplayHeaders &headers)
{
    ReplayResponse response;
    response.status = status;
    response.body = body;
    response.headers = headers;
    response.headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return response;
}

ReplayResponse ReplayResponse::failing(Fault fault)
{
    ReplayResponse response = json(R"({"id":"1"})");
    response.fault = fault;
    return response;
}

ReplayResponse ReplayInteraction::response() const
{
    ReplayResponse response;
    response.status = status;
    response.body = body;
    for (const auto &header : headers) {
        if (!isTransferHeader(header.first))
            response.headers.append(header);
    }
    return response;
}

ReplayServer::ReplayServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ReplayServer::accept);
}

ReplayServer::~ReplayServer()
{
    closeConnections();
}

bool ReplayServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 ReplayServer::port() const
{
    return m_server.serverPort();
}

QUrl ReplayServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

QString ReplayServer::routeKey(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method.toUpper()) + u' ' + normalizedPath(path);
}

void ReplayServer::enqueue(
    const QByteArray &method, const QString &path, const ReplayResponse &response)
{
    m_queued[routeKey(method, path)].append(response);
}

void ReplayServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

QList<RecordedRequest> ReplayServer::requests(const QByteArray &method, const QString &path) const
{
    QList<RecordedRequest> matching;
    const QString key = routeKey(method, path);
    for (const RecordedRequest &request : m_requests) {
        if (routeKey(request.method, request.path) == key)
            matching.append(request);
    }
    return matching;
}

ReplayResponse ReplayResponse::eventStream(const QByteArray &first, int status)
{
    ReplayResponse response;
    response.status = status;
    response.headers = { { "Content-Type", "text/event-stream" }, { "Cache-Control", "no-store" } };
    response.body = first;
    response.streaming = true;
    return response;
}

namespace {
    QByteArray chunk(const QByteArray &bytes)
    {
        return QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n";
    }
} // namespace

void ReplayServer::pushStream(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    for (Connection *connection : std::as_const(m_connections)) {
        if (connection->streaming && connection->socket) {
            connection->socket->write(chunk(bytes));
            connection->socket->flush();
        }
    }
}

void ReplayServer::dropStreams()
{
    for (Connection *connection : std::as_const(m_connections)) {
        if (connection->streaming && connection->socket) {
            connection->streaming = false;
            connection->socket->abort();
        }
    }
}

int ReplayServer::openStreams() const
{
    int open = 0;
    for (const Connection *connection : m_connections)
        open += connection->streaming && connection->socket && connection->socket->isOpen() ? 1 : 0;
    return open;
}

void ReplayServer::closeConnections()
{
    const QList<Connection *> connections = std::exchange(m_connections, {});
    for (Connection *connection : connections) {
        if (connection->socket) {
            connection->socket->disconnect(this);
            connection->socket->abort();
            connection->socket->deleteLater();
        }
        delete connection;
    }
}

void ReplayServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new Connection;
        connection->socket = socket;
        connection->number = ++m_connectionCount;
        m_connections.append(connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] { readFrom(connection); });
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] {
            if (connection->socket)
                connection->socket->deleteLater();
            // Later, not now: the code that closed the socket may still use the connection.
            QTimer::singleShot(0, this, [this, connection] {
                if (m_connections.removeOne(connection))
                    delete connection;
            });
        });
    }
}

void ReplayServer::readFrom(Connection *connection)
{
    QTcpSocket *socket = connection->socket;
    if (!socket)
        return;
    connection->buffer += socket->readAll();
    while (!connection->stalled) {
        const qsizetype headEnd = connection->buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (connection->buffer.size() > maxHeadBytes)
                socket->abort();
            return;
        }
        const QList<QByteArray> lines = connection->buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() < 2) {
            socket->abort();
            return;
        }
        RecordedRequest request;
        request.connection = connection->number;
        request.method = requestLine.at(0);
        const QByteArray target = requestLine.at(1);
        const qsizetype question = target.indexOf('?');
        request.path = decodeComponent(question < 0 ? target : target.left(question), false);
        if (question >= 0)
            request.query = decodePairs(target.mid(question + 1), true);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({ name, value });
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (connection->buffer.size() < headEnd + 4 + length)
            return; // the body is still coming
        request.body = connection->buffer.mid(headEnd + 4, length);
        connection->buffer.remove(0, headEnd + 4 + length);

        ReplayResponse response;
        QList<ReplayResponse> &queued = m_queued[routeKey(request.method, request.path)];
        if (!queued.isEmpty()) {
            response = queued.takeFirst();
        } else if (m_handler) {
            response = m_handler(request);
        } else {
            response = ReplayResponse::json(R"({"error":"Record not found"})", 404);
        }
        m_requests.append(request);
        Q_EMIT requestReceived(int(m_requests.size() - 1));
        if (response.fault == ReplayResponse::Fault::Stall
            || response.fault == ReplayResponse::Fault::StallInBody
            || (response.streaming && response.status == 200))
            connection->stalled = true; // nothing more is read or answered on this connection
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard = socket;
            QTimer::singleShot(response.delayMs, this, [this, connection, guard, response] {
                if (guard && m_connections.contains(connection))
                    answer(connection, response);
            });
        } else {
            answer(connection, response);
        }
        if (response.fault != ReplayResponse::Fault::None || !socket->isOpen())
            return;
    }
}

void ReplayServer::answer(Connection *connection, const ReplayResponse &response)
{
    QTcpSocket *socket = connection->socket;
    if (!socket)
        return;
    using Fault = ReplayResponse::Fault;
    if (response.fault == Fault::Drop) {
        socket->abort();
        return;
    }
    if (response.fault == Fault::Stall)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.streaming && response.status == 200) {
        connection->streaming = true;
        head += "Transfer-Encoding: chunked\r\n\r\n";
        socket->write(response.body.isEmpty() ? head : head + chunk(response.body));
        socket->flush();
        return;
    }
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    if (response.fault == Fault::StallInBody || response.fault == Fault::DropInBody) {
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->flush();
        if (response.fault == Fault::DropInBody)
            socket->disconnectFromHost();
        return;
    }
    socket->write(head + response.body);
}

QString ReplayServer::fixtureDir()
{
    return QDir(qEnvironmentVariable("CAREDESK_SHARED_DIR")).filePath(u"fixtures/platforms"_s);
}

QByteArray ReplayServer::fixture(const QString &relativePath)
{
    QFile file(QDir(fixtureDir()).filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QList<ReplayInteraction> ReplayServer::vcrCassette(const QString &relativePath)
{
    QList<ReplayInteraction> out;
    const QString path = QDir(fixtureDir()).filePath(relativePath);
    if (!QFile::exists(path))
        return out;
    const YAML::Node root = YAML::LoadFile(QFile::encodeName(path).toStdString());
    // vcrpy says "interactions", Ruby VCR "http_interactions"; the entries are alike.
    const YAML::Node interactions
        = root["interactions"] ? root["interactions"] : root["http_interactions"];
    for (const YAML::Node &node : interactions) {
        ReplayInteraction i;
        const YAML::Node request = node["request"];
        i.method = QByteArray::fromStdString(request["method"].as<std::string>());
        const QUrl uri(QString::fromStdString(request["uri"].as<std::string>()));
        i.path = uri.path(QUrl::FullyDecoded);
        i.rawQuery = uri.query(QUrl::FullyEncoded).toUtf8();
        if (request["body"] && request["body"].IsScalar())
            i.requestBody = QByteArray::fromStdString(request["body"].as<std::string>());
        else if (request["body"] && request["body"].IsMap() && request["body"]["string"])
            i.requestBody = QByteArray::fromStdString(request["body"]["string"].as<std::string>());
        const YAML::Node response = node["response"];
        i.status = response["status"]["code"].as<int>();
        for (const auto &header : response["headers"]) {
            const QByteArray name = QByteArray::fromStdString(header.first.as<std::string>());
            for (const YAML::Node &value : header.second)
                i.headers.append({ name, QByteArray::fromStdString(value.as<std::string>()) });
        }
        const YAML::Node body = response["body"]["string"];
        if (body && !body.IsNull())
            i.body = QByteArray::fromStdString(body.as<std::string>());
        out.append(i);
    }
    return out;
}

QList<ReplayInteraction> ReplayServer::exvcrCassette(const QString &relativePath)
{
    QList<ReplayInteraction> out;
    const QJsonArray items = QJsonDocument::fromJson(fixture(relativePath)).array();
    for (const QJsonValue &item : items) {
        const QJsonObject request = item[u"request"_s].toObject();
        const QJsonObject response = item[u"response"_s].toObject();
        ReplayInteraction i;
        i.method = request[u"method"_s].toString().toUpper().toLatin1();
        const QUrl url(request[u"url"_s].toString());
        i.path = url.path(QUrl::FullyDecoded);
        i.requestBody = request[u"body"_s].toString().toUtf8();
        i.status = response[u"status_code"_s].toInt();
        const QJsonObject headers = response[u"headers"_s].toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            i.headers.append({ it.key().toLatin1(), it.value().toString().toLatin1() });
        i.body = response[u"body"_s].toString().toUtf8();
        out.append(i);
    }
    return out;
}

} // namespace CareDesk::Test
