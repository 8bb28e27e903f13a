// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/replywindowline.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    const QColor warningColor(0xb2, 0x6a, 0x00);
    const QColor errorColor(0xc6, 0x28, 0x28);
    constexpr Millis hour = 3600LL * 1000;

} // namespace

void setStatusLevel(QLabel *label, const QString &level)
{
    label->setProperty("level", level);
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (level == "warning"_L1)
        palette.setColor(QPalette::WindowText, warningColor);
    else if (level == "error"_L1)
        palette.setColor(QPalette::WindowText, errorColor);
    label->setPalette(palette);
}

QString replyWindowDuration(Millis millis)
{
    // The composer's own wording, in its translation context (it lived in composer.cpp).
    const qint64 minutes = qMax<qint64>(1, (millis + 59999) / 60000);
    if (minutes < 60)
        return QCoreApplication::translate(
            "CareDesk::Composer", "%n min", nullptr, static_cast<int>(minutes));
    if (minutes < 48 * 60 && minutes % 60 == 0)
        return QCoreApplication::translate(
            "CareDesk::Composer", "%n h", nullptr, static_cast<int>(minutes / 60));
    if (minutes < 48 * 60)
        return QCoreApplication::translate("CareDesk::Composer", "%1 h %2 min")
            .arg(minutes / 60)
            .arg(minutes % 60);
    return QCoreApplication::translate(
        "CareDesk::Composer", "%n day(s)", nullptr, static_cast<int>(minutes / (24 * 60)));
}

ReplyWindowLine messagingWindowLine(Platform platform, const MessagingWindow &window)
{
    ReplyWindowLine line;
    const bool instagram = platform == Platform::Instagram;
    switch (window.state) {
    case MessagingWindow::State::NotOpened:
        line.text = QCoreApplication::translate(
            "CareDesk::ReplyWindowLine", "No messaging window: the customer must write first");
        line.level = u"error"_s;
        break;
    case MessagingWindow::State::Standard:
        line.text = (instagram ? QCoreApplication::translate(
                         "CareDesk::ReplyWindowLine", "Instagram window: %1 left (standard 24 h)")
                               : QCoreApplication::translate("CareDesk::ReplyWindowLine",
                                   "Messenger window: %1 left (standard 24 h)"))
                        .arg(replyWindowDuration(window.left));
        line.level = window.left < hour ? u"warning"_s : u"ok"_s;
        break;
    case MessagingWindow::State::HumanAgent:
        line.text
            = QCoreApplication::translate("CareDesk::ReplyWindowLine", "Human agent tag: %1 left")
                  .arg(replyWindowDuration(window.left));
        line.level = u"warning"_s;
        break;
    case MessagingWindow::State::Closed:
        line.text = QCoreApplication::translate(
            "CareDesk::ReplyWindowLine", "Window closed %1 ago: the customer must write first")
                        .arg(replyWindowDuration(qMax<Millis>(window.closedFor, 1)));
        line.level = u"error"_s;
        break;
    }
    line.toolTip = QCoreApplication::translate("CareDesk::ReplyWindowLine",
        "%1 accepts a page's private message within 24 hours of the customer's "
        "last message, and within 7 days with the human agent tag, which is for "
        "a person answering an enquiry.")
                       .arg(platformDisplayName(platform));
    return line;
}

} // namespace CareDesk
