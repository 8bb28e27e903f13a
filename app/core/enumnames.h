// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tables of enum values and their stored spellings, shared by the files that define them.

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace CareDesk::EnumNames {

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &table, const QString &text)
{
    for (const auto &[e, name] : table) {
        if (QStringView(name) == text)
            return e;
    }
    return std::nullopt;
}

} // namespace CareDesk::EnumNames
