// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/connector.h"
#include "app/core/domain.h"
#include "app/core/result.h"
#include "app/platforms/liveconnector.h"

#include <QCoreApplication>

#include <memory>

namespace CareDesk {

/// Builds the connector an account talks to, the same way for the desktop and the CLI.
class Connectors
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Connectors)

public:
    /// The connector for an account, or an Unavailable error saying why there is none. Live
    /// accounts need live.http, live.secrets and live.clock (the composition root's one
    /// QNetworkAccessManager behind an HttpClient, and the keychain).
    static Result<std::shared_ptr<Connector>> create(
        const Account &account, const LiveConnectorContext &live);
    /// The platforms CareDesk can talk to live.
    static bool hasLiveConnector(Platform platform);
    /// The keychain service that holds a workspace's account tokens (under
    /// LiveConnector::tokenKey): one per workspace, so account 1 of one workspace never reads
    /// the token of account 1 of another. Named by the workspace's creation time, which neither
    /// moving the file nor renaming the workspace changes.
    static QString secretService(const WorkspaceInfo &workspace);
};

} // namespace CareDesk
