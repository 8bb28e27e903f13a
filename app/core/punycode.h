// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace CareDesk::Punycode {

/// Length of the RFC 3492 encoding of a label (punycode.js 1.4 `encode`), -1 on overflow.
int encodedLength(QStringView label);

/// punycode.toASCII(label).length: '。', '．' and '｡' separate labels there too.
int asciiLabelLength(QStringView label);

} // namespace CareDesk::Punycode
