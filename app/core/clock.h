// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/types.h"

namespace CareDesk {

/// The time source of everything that depends on "now": SLA timers, backoff, leases.
/// Injected so tests run on a clock they move (KeePassXC core/Clock.h).
class Clock
{
public:
    virtual ~Clock() = default;
    /// UTC milliseconds since the epoch.
    virtual Millis now() const = 0;
};

/// The wall clock.
class SystemClock final : public Clock
{
public:
    Millis now() const override;
};

/// A clock that stands still until told to move; for tests and simulations.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(Millis start = 0)
        : m_now(start)
    {
    }
    Millis now() const override { return m_now; }
    void set(Millis value) { m_now = value; }
    void advance(Millis delta) { m_now += delta; }

private:
    Millis m_now;
};

} // namespace CareDesk
