#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CareDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Configures and builds CareDesk into $CAREDESK_BUILD_DIR (default: build/ in the clone,
# ignored by git). Extra arguments are build targets.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CAREDESK_BUILD_DIR:-$root/build}
# No debug info and a fast linker keep a full build within a few minutes on two cores.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_CXX_FLAGS="-O1 -g0" -DCMAKE_EXE_LINKER_FLAGS="-fuse-ld=lld" >/dev/null
cmake --build "$build" ${1:+--target "$@"}
