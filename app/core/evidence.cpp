// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/evidence.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

QString asciiDigits(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar ch : text) {
        if (ch >= u'0' && ch <= u'9')
            digits.append(ch);
    }
    return digits;
}

} // namespace

EvidenceExtractor::EvidenceExtractor(const EvidenceRules &rules)
    : m_rules(rules)
    // Not after '@' or a word character: "@emma@mastodon.social" is a handle, not an address.
    , m_email(
          u"(?<![\\w.%+@-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\w@-])"_s)
    // Digit groups with at most one separator between them, optionally after '+'. Whether it
    // is a phone number is decided by phoneKey(): dates, amounts and order numbers are not.
    , m_phone(
          u"(?<![\\w+/.-])(?:\\+[ \\t]?)?\\(?\\d{1,5}\\)?(?:[ \\t.-]?\\(?\\d{1,5}\\)?){1,7}(?![\\w/-])"_s)
    , m_order(u"(?<![\\w-])(?:"_s + rules.orderPattern + u")(?![\\w-])"_s,
          QRegularExpression::CaseInsensitiveOption)
{
    if (rules.orderPattern.trimmed().isEmpty())
        m_order = QRegularExpression(u"(?!)"_s); // no order numbers in this workspace
    for (QRegularExpression *re : { &m_email, &m_phone, &m_order })
        re->optimize();
}

QList<EvidenceKey> EvidenceExtractor::extract(const QString &text) const
{
    struct Found {
        qsizetype at;
        EvidenceKey key;
    };
    QList<Found> found;
    for (auto it = m_email.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString key = emailKey(m.captured(0));
        if (!key.isEmpty())
            found.append({ m.capturedStart(0), { EvidenceKind::Email, key, m.captured(0) } });
    }
    if (m_order.isValid()) {
        for (auto it = m_order.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            found.append({ m.capturedStart(0),
                { EvidenceKind::OrderNumber, m.captured(0).toUpper(), m.captured(0) } });
        }
    }
    for (auto it = m_phone.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString written = m.captured(0).trimmed();
        const QString key = phoneKey(written);
        if (key.isEmpty())
            continue;
        // Digits inside an address or an order number were found as those already.
        const qsizetype start = m.capturedStart(0);
        const bool inside = std::any_of(found.cbegin(), found.cend(),
            [&](const Found &f) { return start >= f.at && start < f.at + f.key.written.size(); });
        if (!inside)
            found.append({ start, { EvidenceKind::Phone, key, written } });
    }
    std::stable_sort(
        found.begin(), found.end(), [](const Found &a, const Found &b) { return a.at < b.at; });
    QList<EvidenceKey> keys;
    for (const Found &f : std::as_const(found)) {
        if (!keys.contains(f.key))
            keys.append(f.key);
    }
    return keys;
}

QString EvidenceExtractor::emailKey(const QString &email)
{
    const QString key = email.trimmed().toLower();
    const qsizetype at = key.indexOf(u'@');
    if (at <= 0 || at != key.lastIndexOf(u'@') || !key.mid(at + 1).contains(u'.')
        || key.contains(u' '))
        return {};
    return key;
}

QString EvidenceExtractor::phoneKey(const QString &phone) const
{
    const QString trimmed = phone.trimmed();
    const QString digits = asciiDigits(trimmed);
    QString key;
    if (trimmed.startsWith(u'+'))
        key = digits;
    else if (digits.startsWith("00"_L1))
        key = digits.mid(2);
    else if (digits.size() == 11 && digits.startsWith(u'8') && !m_rules.trunkEightCountry.isEmpty())
        key = m_rules.trunkEightCountry + digits.mid(1);
    else if (digits.startsWith(u'0') && (digits.size() == 10 || digits.size() == 11)
        && !m_rules.trunkZeroCountry.isEmpty())
        key = m_rules.trunkZeroCountry + digits.mid(1);
    else if (digits.size() == 11 && digits.startsWith(u'7'))
        key = digits; // a Russian number written without its '+'
    else
        return {};
    // E.164 numbers have at most 15 digits; fewer than 10 are local numbers, dates or amounts.
    if (key.size() < 10 || key.size() > 15 || key.startsWith(u'0'))
        return {};
    return key;
}

QString EvidenceExtractor::handleKey(const QString &handle)
{
    QString key = handle.trimmed().toLower();
    while (key.startsWith(u'@'))
        key.remove(0, 1);
    if (const qsizetype at = key.indexOf(u'@'); at >= 0)
        key.truncate(at); // user@instance on the fediverse: the user part
    key.remove(u'.');
    key.remove(u'_');
    key.remove(u'-');
    return key.size() >= 3 ? key : QString();
}

QString EvidenceExtractor::nameKey(const QString &displayName)
{
    const QString folded = displayName.normalized(QString::NormalizationForm_KC).toLower();
    QString key;
    key.reserve(folded.size());
    for (const QChar ch : folded)
        key.append(ch.isLetterOrNumber() ? ch : u' ');
    key = key.simplified();
    return key.size() >= 3 ? key : QString();
}

} // namespace CareDesk
