#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CareDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the reference npm twitter-text 3 that bench_count compares CareDesk's X counting with
# (speed and agreement), into DIR: the first argument, else $CAREDESK_TWITTER_TEXT_DIR, else
# <build>/bench-node (the folder bench_count looks in by default). Needs node and npm (Debian:
# nodejs, npm). Never run by the build: configuring never downloads.
#   tests/bench/setup-twitter-text.sh /tmp/build/bench-node
#   CAREDESK_TWITTER_TEXT_DIR=/tmp/build/bench-node /tmp/build/tests/bench/bench_count
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:-${CAREDESK_TWITTER_TEXT_DIR:-${CAREDESK_BUILD_DIR:-$root/build}/bench-node}}
command -v npm >/dev/null || { echo "npm is missing (Debian: apt-get install nodejs npm)" >&2; exit 1; }
mkdir -p "$dir"
npm install --prefix "$dir" --no-audit --no-fund --loglevel=error twitter-text@3
echo "twitter-text installed in $dir"
