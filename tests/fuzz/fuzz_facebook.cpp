// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every Graph API (Facebook, Messenger, Instagram) parser entry point on arbitrary bytes, the
// bytes also serving as usage headers.
#include "app/platforms/facebook/graphparser.h"
#include "tests/fuzz/fuzzinput.h"

using namespace CareDesk;
using namespace CareDesk::Facebook;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray body = Fuzz::bytes(data, size);
    ParseContext context;
    context.pageId = u"2121008874780932"_s;
    context.instagramId = u"17841406338772941"_s;
    context.instagramUsername = u"brand"_s;
    context.knownThread = [](const QString &) { return u"comments:1_1"_s; };
    const HttpHeaders headers { { "X-App-Usage", body }, { "X-Business-Use-Case-Usage", body } };
    (void)GraphParser::graphError(body);
    (void)GraphParser::usage(headers, 0);
    (void)GraphParser::failure(400, body, headers, 0);
    (void)GraphParser::failure(500, body, {}, 0);
    (void)GraphParser::page(body);
    (void)GraphParser::feed(body, context);
    (void)GraphParser::feed(body, ParseContext {});
    (void)GraphParser::comments(body, u"1_1"_s, false, context);
    (void)GraphParser::comments(body, u"1_1"_s, true, context);
    (void)GraphParser::conversations(body, context);
    (void)GraphParser::conversation(body, u"t_1"_s, context);
    (void)GraphParser::media(body, context);
    (void)GraphParser::instagramComments(body, u"901"_s, context);
    (void)GraphParser::commentCreated(body);
    (void)GraphParser::messageSent(body);
    const QString text = QString::fromUtf8(body.left(256));
    (void)GraphParser::parseTime(text);
    (void)GraphParser::commentOf(text);
    (void)GraphParser::conversationOf(text);
    return 0;
}
