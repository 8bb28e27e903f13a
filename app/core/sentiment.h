// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <memory>

namespace CareDesk {

enum class SentimentLabel { Negative, Neutral, Positive };

/// "negative", "neutral", "positive".
QString toString(SentimentLabel label);

struct SentimentScore {
    int value = 0; ///< -100..100
    SentimentLabel label = SentimentLabel::Neutral;
};

/// On-device lexicon scorer for Russian and English; thread-safe, no network.
///
/// A score is a pure function of the text: words of the English and Russian lexicons
/// (resources/sentiment/, Russian words matched after a light suffix stripper) add their weight,
/// negators ("not", "не", "никогда") flip the next words, intensifiers and downtoners ("very",
/// "очень", "slightly") scale them, emoji and emoticons count as words, and "!!!", "???" and
/// ALL CAPS amplify what is there. The sum is squashed into -100..100; the label is Negative at
/// or below negativeThreshold, Positive at or above positiveThreshold, Neutral in between.
class SentimentScorer
{
public:
    static const SentimentScorer &instance();
    SentimentScore score(QStringView text) const;

    static SentimentLabel labelFor(int value);
    static constexpr int negativeThreshold = -20;
    static constexpr int positiveThreshold = 20;

    ~SentimentScorer();
    Q_DISABLE_COPY_MOVE(SentimentScorer)

private:
    SentimentScorer();
    struct Lexicon;
    std::unique_ptr<const Lexicon> m_lexicon;
};

} // namespace CareDesk
