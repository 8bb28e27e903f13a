// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CareDesk::BuildInfo {

/// "0.1.0".
QString version();
/// The short git commit the build came from, or "unknown".
QString commit();
/// The day the build was configured, ISO 8601 (honours SOURCE_DATE_EPOCH for reproducible builds).
QString buildDate();
/// "0.1.0 (abc1234, built 2026-11-22)", as --version and the About dialog show it.
QString versionLine();

} // namespace CareDesk::BuildInfo
