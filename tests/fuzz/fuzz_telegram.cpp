// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every Telegram Bot API parser entry point on arbitrary bytes.
#include "app/platforms/telegram/telegramparser.h"
#include "tests/fuzz/fuzzinput.h"

using namespace CareDesk;
using namespace CareDesk::Telegram;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray body = Fuzz::bytes(data, size);
    (void)TelegramParser::updates(body, u"0"_s, ParseContext {});
    (void)TelegramParser::me(body);
    (void)TelegramParser::sent(body, 0);
    (void)TelegramParser::failure(429, body, 0);
    const QString text = QString::fromUtf8(body.left(256));
    (void)TelegramParser::splitPlatformId(text);
    (void)TelegramParser::chatOf(text);
    return 0;
}
