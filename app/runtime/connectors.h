// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/connector.h"
#include "app/core/domain.h"
#include "app/core/result.h"

#include <QCoreApplication>

#include <memory>

namespace CareDesk {

/// Builds the connector an account talks to, the same way for the desktop and the CLI.
class Connectors
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Connectors)

public:
    /// The connector for an account, or an Unavailable error saying why there is none.
    static Result<std::shared_ptr<Connector>> create(const Account &account);
};

} // namespace CareDesk
