// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Messenger and Instagram messaging windows (reference/platforms.md, sections 5 and 6): a
// page may answer a customer's private message with messaging_type RESPONSE within 24 hours of
// the customer's last message, and with the HUMAN_AGENT message tag within 7 days; after that
// the customer must write first. Pure, so the composer, the connector and the tests agree.

#include "app/core/types.h"

namespace CareDesk {

struct MessagingWindow {
    static constexpr Millis standardWindow = 24LL * 3600 * 1000;
    static constexpr Millis humanAgentWindow = 7LL * 24 * 3600 * 1000;

    enum class State {
        NotOpened, ///< the customer never wrote privately: nothing opened a window
        Standard, ///< within 24 h: messaging_type RESPONSE
        HumanAgent, ///< within 7 days: messaging_type MESSAGE_TAG, tag HUMAN_AGENT
        Closed, ///< more than 7 days: the platform refuses; the customer must write first
    };

    State state = State::NotOpened;
    Millis left = 0; ///< Standard, HumanAgent: until the state ends
    Millis closedFor = 0; ///< Closed: how long ago the last window ended

    bool canSend() const { return state == State::Standard || state == State::HumanAgent; }

    /// The window after the customer's last private message at lastCustomerMessageAt (0: none).
    /// A time in the future (clocks disagree) counts as now. The 24 h end is exclusive: at exactly
    /// 24 h the human-agent tag is needed. Without humanAgentTag (an account that cannot use it,
    /// such as a demo account) the window closes after 24 h.
    static MessagingWindow at(Millis lastCustomerMessageAt, Millis now, bool humanAgentTag = true);
};

} // namespace CareDesk
