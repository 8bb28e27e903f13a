// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/journey.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace CareDesk {

/// What counts as an order number or a phone number in this workspace.
struct EvidenceRules {
    /// A regular expression for the shop's order numbers (matched case-insensitively, as a
    /// whole word; stored upper-cased). The demo shop writes NW- and seven digits.
    QString orderPattern = QStringLiteral("NW-\\d{7}");
    /// A number written with a leading 0 and no country code (07700 900417) is in this country.
    QString trunkZeroCountry = QStringLiteral("44");
    /// An 11-digit number written with a leading 8 (8 912 345-67-89) is in this country.
    QString trunkEightCountry = QStringLiteral("7");
};

/// A piece of evidence found in a text: its kind, the normalized value and the text as written.
struct EvidenceKey {
    EvidenceKind kind = EvidenceKind::Email;
    QString value;
    QString written;
    friend bool operator==(const EvidenceKey &a, const EvidenceKey &b)
    {
        return a.kind == b.kind && a.value == b.value;
    }
};

/// Finds e-mail addresses, phone numbers (+7, +44 and other international forms) and order
/// numbers in text, and normalizes handles, names and profile fields, so that the same thing
/// written two ways gives the same key. Pure; one per thread (the expressions are compiled once).
class EvidenceExtractor
{
public:
    explicit EvidenceExtractor(const EvidenceRules &rules = {});

    /// False when the order pattern is not a valid regular expression (then orders are skipped).
    bool isValid() const { return m_order.isValid(); }
    QString errorString() const { return m_order.errorString(); }
    const EvidenceRules &rules() const { return m_rules; }

    /// E-mails, phones and order numbers in a text, each once, in order of appearance.
    QList<EvidenceKey> extract(const QString &text) const;

    /// "emma@example.com" from " Emma@Example.COM "; empty when it is not an address.
    static QString emailKey(const QString &email);
    /// Digits with the country code ("447700900417"); empty when it is not a phone number.
    QString phoneKey(const QString &phone) const;
    /// The handle without '@', instance, case and separators ("emma.walsh" and "@Emma_Walsh"
    /// give "emmawalsh"); empty when too short to mean anything.
    static QString handleKey(const QString &handle);
    /// A display name folded for comparison; empty when too short.
    static QString nameKey(const QString &displayName);

private:
    EvidenceRules m_rules;
    QRegularExpression m_email;
    QRegularExpression m_phone;
    QRegularExpression m_order;
};

} // namespace CareDesk
