// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/connector.h"

#include <functional>

namespace CareDesk {

/// The connector of simulator accounts (training workspaces). It never touches the network and
/// holds no token: new customer messages come from the ScenarioEngine that a Rehearsal runs
/// (through the ordinary ingest path), and every reply the outbox delivers is handed to the
/// rehearsal's reply handler and reported sent at once. It counts like its platform.
class SimulatorConnector final : public Connector
{
public:
    using ReplyHandler = std::function<void(const SendRequest &)>;

    explicit SimulatorConnector(Platform platform);

    Platform platform() const override { return m_platform; }
    ConnectorKind kind() const override { return ConnectorKind::Simulator; }
    ConnectorCapabilities capabilities() const override;
    /// None: there is nothing to poll; the rehearsal pushes what the customer says.
    QStringList streams() const override { return {}; }
    QFuture<FetchResult> fetch(const QString &stream, const QString &cursor) override;
    QFuture<SendResult> send(const SendRequest &request) override;

    /// Who hears the trainee's replies (the running Rehearsal); without one a reply is still
    /// reported sent, and goes nowhere.
    void setReplyHandler(ReplyHandler handler) { m_handler = std::move(handler); }

private:
    Platform m_platform;
    ReplyHandler m_handler;
};

} // namespace CareDesk
