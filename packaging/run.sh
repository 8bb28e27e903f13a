#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CareDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds CareDesk and opens it. Without arguments it opens the
# embedded default: a demo workspace with live traffic, created on first start.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/install-deps.sh"
"$root/packaging/build.sh" caredesk caredesk-cli
exec "${CAREDESK_BUILD_DIR:-$root/build}/caredesk" "$@"
