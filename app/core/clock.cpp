// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/clock.h"

#include <QDateTime>

namespace CareDesk {

Millis SystemClock::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace CareDesk
