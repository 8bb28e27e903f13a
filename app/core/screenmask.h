// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace CareDesk {

/// Masks personal data for display (the presenter layout at a projector): known names become
/// "Customer A", "Customer B"; handles "@handle1"; order numbers "ORDER-1"; e-mails, phones and
/// personal links "email1", "phone1", "link1". Stable within one mask: the same original always
/// shows the same placeholder. Detection is the anonymizer's (ReplyAnalysis::personalData and
/// the same mention pattern); only the display changes, never the stored data. Pure.
class ScreenMask final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::ScreenMask)

public:
    /// A person's name; its parts of three letters or more are masked too ("Anna" of "Anna
    /// Smirnova").
    void addName(const QString &name);
    /// A handle, with or without "@"; written without "@" in a text it is masked too.
    void addHandle(const QString &handle);
    /// A platform id or CRM reference, masked wherever it occurs.
    void addId(const QString &id);

    QString mask(const QString &text);
    /// The placeholder of a known name ("Customer A").
    QString nameFor(const QString &name);

private:
    QString placeholder(const QString &kind, const QString &original);

    QStringList m_names; ///< longest first
    QHash<QString, QString> m_nameOwner; ///< lowercased part -> full name
    QStringList m_handles;
    QStringList m_ids;
    QHash<QString, QString> m_map;
    QHash<QString, int> m_counters;
};

} // namespace CareDesk
