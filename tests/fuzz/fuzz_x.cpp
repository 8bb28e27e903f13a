// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every X API v2 parser entry point on arbitrary bytes.
#include "app/platforms/x/xconnector.h"
#include "app/platforms/x/xoauth.h"
#include "app/platforms/x/xparser.h"
#include "tests/fuzz/fuzzinput.h"

using namespace CareDesk;
using namespace CareDesk::X;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray body = Fuzz::bytes(data, size);
    (void)XParser::me(body);
    (void)XParser::mentions(body, u"7"_s);
    (void)XParser::mentions(body, QString());
    (void)XParser::dmEvents(body, u"7"_s);
    (void)XParser::ownPosts(body);
    (void)XParser::tweetCreated(body);
    (void)XParser::dmCreated(body);
    (void)XParser::errorText(body);
    (void)XParser::isDuplicateContent(403, body);
    (void)XParser::failure(403, body, {}, 0);
    (void)XParser::failure(429, body, {}, 0);
    // The body's first lines as headers.
    HttpHeaders headers;
    const QList<QByteArray> lines = body.left(2048).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({ line.left(colon), line.mid(colon + 1) });
    }
    (void)XParser::budget(headers);
    (void)XParser::failure(429, body, headers, 1700000000000LL);
    const QString text = QString::fromUtf8(body.left(4096));
    (void)XParser::compareIds(text.left(20), text.mid(20, 20));
    (void)XParser::conversationOf(text.left(256));
    (void)XParser::dmConversationOf(text.left(256));
    (void)XTokens::parse(text);
    (void)XConnector::sameText(text, text.left(10));
    return 0;
}
