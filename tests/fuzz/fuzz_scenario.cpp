// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The training scenario parser, the engine on what parses, the reply detectors and the
// anonymizer on arbitrary bytes.
#include "app/core/anonymizer.h"
#include "app/core/replyanalysis.h"
#include "app/core/scenario.h"
#include "app/core/scenarioengine.h"
#include "tests/fuzz/fuzzinput.h"

using namespace CareDesk;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray body = Fuzz::bytes(data, size);
    const Result<Scenario> scenario = ScenarioFormat::parse(body);
    if (scenario.ok()) {
        (void)ScenarioFormat::parse(ScenarioFormat::toBytes(scenario.value()));
        ManualClock clock(0);
        int emitted = 0;
        ScenarioEngine engine(clock, [&emitted](const IngestBatch &) { ++emitted; });
        const int run = engine.start(scenario.value());
        engine.onAgentReply(
            run, scenario.value().exemplaryReply, scenario.value().exemplaryVisibility);
        clock.advance(8LL * 24 * 3600 * 1000);
        engine.tick();
    }
    const QString text = QString::fromUtf8(body.left(4096));
    (void)ReplyAnalysis::analyse(text);
    Anonymizer anonymizer;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        anonymizer.addName(words.first());
        anonymizer.addHandle(words.last());
        anonymizer.addPlatformId(words.at(words.size() / 2));
    }
    (void)anonymizer.anonymize(text);
    RealCase source;
    RealCase::Entry entry;
    entry.text = text;
    source.messages.append(entry);
    (void)Anonymizer::toScenario(source, u"fuzz"_s);
    return 0;
}
