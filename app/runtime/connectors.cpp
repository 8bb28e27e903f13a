// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/runtime/connectors.h"

#include "app/platforms/demo/democonnector.h"

namespace CareDesk {

Result<std::shared_ptr<Connector>> Connectors::create(const Account &account)
{
    switch (account.connector) {
    case ConnectorKind::Demo:
        return std::shared_ptr<Connector>(std::make_shared<Demo::DemoConnector>(account.platform));
    case ConnectorKind::Live:
    case ConnectorKind::Simulator:
        break;
    }
    return Error { ErrorCode::Unavailable,
                   tr("This version cannot talk to %1 accounts of kind %2 yet (account %3).")
                       .arg(platformDisplayName(account.platform), toString(account.connector), account.handle) };
}

} // namespace CareDesk
