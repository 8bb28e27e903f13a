// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/runtime/connectors.h"

#include "app/platforms/demo/democonnector.h"
#include "app/platforms/facebook/facebookconnector.h"
#include "app/platforms/mastodon/mastodonconnector.h"
#include "app/platforms/telegram/telegramconnector.h"
#include "app/platforms/vk/vkconnector.h"
#include "app/platforms/x/xconnector.h"
#include "app/runtime/simulatorconnector.h"

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

bool Connectors::hasLiveConnector(Platform platform)
{
    return platform == Platform::Mastodon || platform == Platform::Telegram
        || platform == Platform::Vk || platform == Platform::X || platform == Platform::Facebook
        || platform == Platform::Instagram;
}

QString Connectors::secretService(const WorkspaceInfo &workspace)
{
    return u"CareDesk workspace %1"_s.arg(workspace.createdAt);
}

Result<std::shared_ptr<Connector>> Connectors::create(
    const Account &account, const LiveConnectorContext &live)
{
    switch (account.connector) {
    case ConnectorKind::Demo:
        return std::shared_ptr<Connector>(std::make_shared<Demo::DemoConnector>(account.platform));
    case ConnectorKind::Live:
        if (!live.http || !live.secrets || !live.clock) {
            return Error { ErrorCode::Unavailable,
                tr("This program does not connect to live accounts (account %1).")
                    .arg(account.handle) };
        }
        if (account.platform == Platform::Mastodon)
            return std::shared_ptr<Connector>(
                std::make_shared<Mastodon::MastodonConnector>(account, live));
        if (account.platform == Platform::Telegram)
            return std::shared_ptr<Connector>(
                std::make_shared<Telegram::TelegramConnector>(account, live));
        if (account.platform == Platform::Facebook || account.platform == Platform::Instagram)
            return std::shared_ptr<Connector>(
                std::make_shared<Facebook::FacebookConnector>(account, live));
        if (account.platform == Platform::Vk)
            return std::shared_ptr<Connector>(std::make_shared<Vk::VkConnector>(account, live));
        if (account.platform == Platform::X)
            return std::shared_ptr<Connector>(std::make_shared<X::XConnector>(account, live));
        break;
    case ConnectorKind::Simulator:
        // Training: no token, no network; a Rehearsal feeds it and hears its replies.
        return std::shared_ptr<Connector>(std::make_shared<SimulatorConnector>(account.platform));
    }
    return Error { ErrorCode::Unavailable,
        tr("This version cannot talk to %1 accounts of kind %2 yet (account %3).")
            .arg(platformDisplayName(account.platform), toString(account.connector),
                account.handle) };
}

} // namespace CareDesk
