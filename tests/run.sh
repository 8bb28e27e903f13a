#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CareDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds everything and runs every test with the services the tests
# need (PostgreSQL, a Secret Service, a display), which are stopped at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CAREDESK_BUILD_DIR:-$root/build}
"$root/packaging/install-deps.sh"
"$root/packaging/build.sh"
export CAREDESK_ARTIFACT_DIR=${CAREDESK_ARTIFACT_DIR:-$build/artifacts}
mkdir -p "$CAREDESK_ARTIFACT_DIR"
exec "$root/tests/support/with-services.sh" ctest --test-dir "$build" -j2 --output-on-failure
