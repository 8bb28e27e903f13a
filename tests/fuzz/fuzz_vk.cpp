// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every VK API parser entry point on arbitrary bytes.
#include "app/platforms/vk/vkparser.h"
#include "tests/fuzz/fuzzinput.h"

using namespace CareDesk;
using namespace CareDesk::Vk;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray body = Fuzz::bytes(data, size);
    ParseContext context;
    context.groupId = 77;
    context.seenEvent = [](const QString &id) { return id == u"seen"_s; };
    context.knownThread = [](const QString &) { return u"wall:-77:1:1"_s; };
    (void)VkParser::apiError(body);
    (void)VkParser::failure(200, body, 0);
    (void)VkParser::failure(429, body, 0);
    (void)VkParser::longPollServer(body);
    (void)VkParser::community(body);
    (void)VkParser::longPoll(body, context);
    (void)VkParser::longPoll(body, ParseContext {});
    (void)VkParser::postIds(body);
    (void)VkParser::comments(body, -77, 1, context);
    (void)VkParser::conversations(body, context);
    (void)VkParser::commentSent(body, -77, 1, 0);
    (void)VkParser::messageSent(body, 42, 0);
    const QString text = QString::fromUtf8(body.left(4096));
    (void)VkParser::plainText(text);
    (void)VkParser::wallOf(text.left(256));
    (void)VkParser::peerOf(text.left(256));
    return 0;
}
