// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/types.h"

#include <QCoreApplication>
#include <QTextStream>

namespace CareDesk {

class Workspace;

/// caredesk-cli sync [--account ID] [--once]: polls every enabled live account (per stream,
/// from its stored cursor, while holding the account's poll lease) and delivers the outbox.
/// With --once it polls each stream until it has nothing more, then drains the outbox and
/// exits; without, it keeps polling (long polls where the platform offers them) and sending
/// until it is stopped.
class SyncCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::SyncCommand)

public:
    SyncCommand(QTextStream &out, QTextStream &err);
    /// only: one account, or 0 for all. Returns the exit code.
    int run(Workspace &workspace, Id only, bool once, bool json);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace CareDesk
