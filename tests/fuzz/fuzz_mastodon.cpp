// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every Mastodon parser entry point on arbitrary bytes: a typed error or a value, never a crash.
#include "app/platforms/mastodon/mastodonparser.h"
#include "tests/fuzz/fuzzinput.h"

using namespace CareDesk;
using namespace CareDesk::Mastodon;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray body = Fuzz::bytes(data, size);
    ParseContext context;
    context.selfAccountId = u"1"_s;
    const HttpHeaders headers { { "Link", body.left(512) },
        { "X-RateLimit-Reset", body.left(64) } };
    (void)MastodonParser::notifications(body, headers, context, u"5"_s, 40);
    (void)MastodonParser::conversations(body, headers, context, QString(), 40);
    (void)MastodonParser::status(body, context);
    (void)MastodonParser::context(body, context, u"mastodon:1"_s);
    (void)MastodonParser::maxCharacters(body);
    (void)MastodonParser::account(body);
    (void)MastodonParser::sent(body);
    (void)MastodonParser::linkPaging(body);
    (void)MastodonParser::rateLimit(headers, 0);
    return 0;
}
