// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/messagingwindow.h"

#include <QtGlobal>

namespace CareDesk {

MessagingWindow MessagingWindow::at(Millis lastCustomerMessageAt, Millis now, bool humanAgentTag)
{
    MessagingWindow window;
    if (lastCustomerMessageAt <= 0)
        return window;
    const Millis since = qMax<Millis>(0, now - lastCustomerMessageAt);
    if (since < standardWindow) {
        window.state = State::Standard;
        window.left = standardWindow - since;
    } else if (!humanAgentTag) {
        window.state = State::Closed;
        window.closedFor = since - standardWindow;
    } else if (since < humanAgentWindow) {
        window.state = State::HumanAgent;
        window.left = humanAgentWindow - since;
    } else {
        window.state = State::Closed;
        window.closedFor = since - humanAgentWindow;
    }
    return window;
}

} // namespace CareDesk
