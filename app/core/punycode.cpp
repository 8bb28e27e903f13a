// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The lengths punycode.js 1.4 (MIT, Mathias Bynens) computes, as twitter-text's domain check
// uses them: no string is built, only the number of characters the encoding would have.
#include "app/core/punycode.h"

#include <QChar>
#include <QVarLengthArray>

#include <climits>

namespace CareDesk::Punycode {

namespace {

int adaptBias(qint64 delta, qint64 points, bool first)
{
    delta = first ? delta / 700 : delta / 2;
    delta += delta / points;
    int k = 0;
    while (delta > ((36 - 1) * 26) / 2) {
        delta /= 36 - 1;
        k += 36;
    }
    return int(k + (36 - 1 + 1) * delta / (delta + 38));
}

} // namespace

/// Length of the RFC 3492 encoding of a label (punycode.js 1.4 `encode`), -1 on overflow.
int encodedLength(QStringView label)
{
    QVarLengthArray<char32_t, 64> points;
    for (qsizetype i = 0; i < label.size(); ++i) {
        const char16_t c = label.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < label.size()
            && QChar::isLowSurrogate(label.at(i + 1).unicode())) {
            points.append(QChar::surrogateToUcs4(c, label.at(i + 1).unicode()));
            ++i;
        } else {
            points.append(c);
        }
    }
    qint64 output = 0;
    qint64 handled = 0;
    for (const char32_t c : points) {
        if (c < 0x80)
            ++handled;
    }
    output = handled;
    const qint64 basic = handled;
    if (basic > 0)
        ++output;
    qint64 n = 128;
    qint64 delta = 0;
    int bias = 72;
    const auto total = qint64(points.size());
    constexpr qint64 maxInt = 0x7FFFFFFF;
    while (handled < total) {
        qint64 m = maxInt;
        for (const char32_t c : points) {
            if (qint64(c) >= n && qint64(c) < m)
                m = c;
        }
        if (m - n > (maxInt - delta) / (handled + 1))
            return -1;
        delta += (m - n) * (handled + 1);
        n = m;
        for (const char32_t c : points) {
            if (qint64(c) < n && ++delta > maxInt)
                return -1;
            if (qint64(c) == n) {
                qint64 q = delta;
                for (int k = 36;; k += 36) {
                    const int t = k <= bias ? 1 : (k >= bias + 26 ? 26 : k - bias);
                    if (q < t)
                        break;
                    ++output;
                    q = (q - t) / (36 - t);
                }
                ++output;
                bias = adaptBias(delta, handled + 1, handled == basic);
                delta = 0;
                ++handled;
            }
        }
        ++delta;
        ++n;
    }
    return int(qMin<qint64>(output, INT_MAX));
}

/// punycode.toASCII(label).length: '。', '．' and '｡' separate labels there too.
int asciiLabelLength(QStringView label)
{
    int total = 0;
    int parts = 0;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= label.size(); ++i) {
        if (i < label.size()) {
            const char16_t c = label.at(i).unicode();
            if (c != u'\u3002' && c != u'\uFF0E' && c != u'\uFF61')
                continue;
        }
        const QStringView part = label.mid(from, i - from);
        bool ascii = true;
        for (const QChar c : part)
            ascii = ascii && c.unicode() <= 0x7E;
        if (ascii) {
            total += int(part.size());
        } else {
            const int encoded = encodedLength(part);
            if (encoded < 0)
                return -1;
            total += 4 + encoded;
        }
        ++parts;
        from = i + 1;
    }
    return total + parts - 1;
}

} // namespace CareDesk::Punycode
