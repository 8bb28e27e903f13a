// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/demo/democonnector.h"

#include <QFuture>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Demo {

DemoConnector::DemoConnector(Platform platform)
    : m_platform(platform)
{
}

ConnectorCapabilities DemoConnector::capabilities() const
{
    // The limits each platform documents (reference/platforms.md), so demo replies count alike.
    ConnectorCapabilities caps;
    caps.idempotency = true;
    switch (m_platform) {
    case Platform::X:
        caps.publicLimits.maxLength = 280;
        caps.privateLimits.maxLength = 10000;
        break;
    case Platform::Mastodon:
        caps.publicLimits.maxLength = 500;
        caps.privateLimits.maxLength = 500;
        break;
    case Platform::Telegram:
        caps.publicLimits.maxLength = 4096;
        caps.privateLimits.maxLength = 4096;
        break;
    case Platform::Vk:
        caps.publicLimits.maxLength = 4096;
        caps.privateLimits.maxLength = 9000;
        break;
    case Platform::Facebook:
        caps.publicLimits.maxLength = 8000;
        caps.privateLimits.maxLength = 2000;
        caps.privateLimits.replyWindow = 24LL * 3600 * 1000;
        break;
    case Platform::Instagram:
        caps.publicLimits.maxLength = 2200;
        caps.privateLimits.maxLength = 1000;
        caps.privateLimits.replyWindow = 24LL * 3600 * 1000;
        break;
    case Platform::YouTube:
    case Platform::Reddit:
        caps.publicLimits.maxLength = 10000;
        caps.privateLimits.maxLength = 10000;
        caps.privateReplies = m_platform == Platform::Reddit;
        break;
    }
    return caps;
}

QStringList DemoConnector::streams() const
{
    return { u"mentions"_s, u"direct"_s };
}

QFuture<FetchResult> DemoConnector::fetch(const QString &, const QString &cursor)
{
    FetchResult result;
    result.nextCursor = cursor;
    return QtFuture::makeReadyFuture(result);
}

QFuture<SendResult> DemoConnector::send(const SendRequest &request)
{
    SendResult result;
    result.outcome = SendOutcome::Sent;
    // Stable per outbox item, so a retried send reports the same message.
    result.platformId = u"demo-out-"_s + request.item.idempotencyKey;
    return QtFuture::makeReadyFuture(result);
}

} // namespace CareDesk::Demo
