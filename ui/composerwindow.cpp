// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's reply window line (moved out of composer.cpp): how long the platform still
// accepts a private message, with Messenger's and Instagram's 24 h / 7 day human agent windows.
#include "app/core/clock.h"
#include "app/core/messagingwindow.h"
#include "ui/composer.h"
#include "ui/replywindowline.h"

#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    constexpr Millis hour = 3600LL * 1000;

} // namespace

std::optional<Millis> Composer::windowLeft() const
{
    const Millis window = privateReplyWindow(m_platform);
    if (m_caseId == 0 || window <= 0 || !m_privateAvailable)
        return std::nullopt;
    if (m_lastCustomerMessageAt <= 0)
        return Millis(0); // the customer never wrote: nothing opened the window
    return m_lastCustomerMessageAt + window - m_clock.now();
}

void Composer::updateWindow()
{
    const std::optional<Millis> left = windowLeft();
    if (!left) {
        m_windowLabel->hide();
        return;
    }
    if (m_platform == Platform::Facebook || m_platform == Platform::Instagram) {
        // Shown for private replies only: a public comment reply has no window. The tag's 7 days
        // apply where the account's connector allows them (a live page; not a demo account).
        m_windowLabel->setVisible(m_surface == Surface::Private);
        const ReplyWindowLine line = messagingWindowLine(m_platform,
            MessagingWindow::at(m_lastCustomerMessageAt, m_clock.now(),
                privateReplyWindow(m_platform) >= MessagingWindow::humanAgentWindow));
        m_windowLabel->setText(line.text);
        m_windowLabel->setToolTip(line.toolTip);
        setStatusLevel(m_windowLabel, line.level);
        return;
    }
    m_windowLabel->show();
    if (*left > 0) {
        m_windowLabel->setText(
            tr("Private messages possible for %1").arg(replyWindowDuration(*left)));
        setStatusLevel(m_windowLabel, *left < hour ? u"warning"_s : u"ok"_s);
    } else {
        m_windowLabel->setText(tr("Private message window closed"));
        setStatusLevel(m_windowLabel, u"error"_s);
    }
    m_windowLabel->setToolTip(
        tr("%1 accepts a private message up to %2 after the customer's last message.")
            .arg(platformDisplayName(m_platform),
                replyWindowDuration(privateReplyWindow(m_platform))));
}

} // namespace CareDesk
