// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/runtime/simulatorconnector.h"

#include "app/platforms/demo/democonnector.h"

#include <QFuture>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

SimulatorConnector::SimulatorConnector(Platform platform)
    : m_platform(platform)
{
}

ConnectorCapabilities SimulatorConnector::capabilities() const
{
    // The same documented limits as demo accounts, so a trainee's counter is the real one.
    ConnectorCapabilities caps = Demo::DemoConnector(m_platform).capabilities();
    caps.idempotency = true;
    caps.streaming = false;
    return caps;
}

QFuture<FetchResult> SimulatorConnector::fetch(const QString &, const QString &cursor)
{
    FetchResult result;
    result.nextCursor = cursor;
    return QtFuture::makeReadyFuture(result);
}

QFuture<SendResult> SimulatorConnector::send(const SendRequest &request)
{
    if (m_handler)
        m_handler(request);
    SendResult result;
    result.outcome = SendOutcome::Sent;
    result.platformId = u"sim-out-"_s + request.item.idempotencyKey;
    return QtFuture::makeReadyFuture(result);
}

} // namespace CareDesk
