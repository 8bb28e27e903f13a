// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/connector.h"

namespace CareDesk::Demo {

/// The connector of demo accounts: looks and counts like its platform, never touches the
/// network. Replies sent to it come back as sent with a platform id of its own; new customer
/// traffic comes from DemoTraffic's live stream, not from fetch.
class DemoConnector final : public Connector
{
public:
    explicit DemoConnector(Platform platform);

    Platform platform() const override { return m_platform; }
    ConnectorKind kind() const override { return ConnectorKind::Demo; }
    ConnectorCapabilities capabilities() const override;
    QStringList streams() const override;
    QFuture<FetchResult> fetch(const QString &stream, const QString &cursor) override;
    QFuture<SendResult> send(const SendRequest &request) override;

private:
    Platform m_platform;
};

} // namespace CareDesk::Demo
