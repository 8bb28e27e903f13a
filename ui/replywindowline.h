// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The composer's status lines: how a label shows its level, how a remaining time reads, and
// the Messenger / Instagram window line for private replies (issue 10).

#include "app/core/messagingwindow.h"
#include "app/core/types.h"

#include <QString>

class QLabel;

namespace CareDesk {

/// Colours a status label by level ("ok", "warning", "error"); the level is also the label's
/// "level" property, so a style sheet can select on it.
void setStatusLevel(QLabel *label, const QString &level);

/// A remaining time as the composer shows it: "45 min", "5 h", "3 h 20 min", "3 days".
QString replyWindowDuration(Millis millis);

struct ReplyWindowLine {
    QString text;
    QString toolTip;
    QString level; ///< "ok", "warning" or "error"
};

/// The line for a private reply on Facebook (Messenger) or Instagram: "Messenger window: 5 h
/// left (standard 24 h)", "Human agent tag: 3 days left", "Window closed 2 days ago: the
/// customer must write first".
ReplyWindowLine messagingWindowLine(Platform platform, const MessagingWindow &window);

} // namespace CareDesk
