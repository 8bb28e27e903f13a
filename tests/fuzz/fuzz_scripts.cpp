// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Script placeholder expansion and the script file readers (JSON and CSV) on arbitrary input.
// Beyond not crashing: every unfilled placeholder reported lies inside the expanded text and
// reads as a placeholder there.
#include "app/core/scriptfile.h"
#include "app/core/scripts.h"
#include "tests/fuzz/fuzzinput.h"

#include <cstdlib>

using namespace CareDesk;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray bytes = Fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(bytes);

    PlaceholderContext context;
    context.customerName = u"Анна {eta} Smith"_s; // a value that looks like a placeholder
    context.agentName = u"Oleg"_s;
    context.caseId = u"42"_s;
    context.links.insert(u"returns"_s, u"https://example.com/returns"_s);
    const ScriptExpansion expanded = Scripts::expand(text, context);
    for (const PlaceholderSpan &span : expanded.unfilled) {
        if (span.start < 0 || span.length <= 0 || span.start + span.length > expanded.text.size())
            std::abort();
        if (expanded.text.at(span.start) != u'{')
            std::abort();
    }
    (void)Scripts::findPlaceholders(text);
    (void)Scripts::fold(text);

    (void)ScriptFile::readJson(bytes);
    (void)ScriptFile::readCsv(bytes);
    return 0;
}
