#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CareDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets with clang 14 (the "fuzz" preset: core and platforms only) and
# runs each for CAREDESK_FUZZ_SECONDS (30) from its seed corpus in tests/fuzz/corpus/, two at a
# time (CAREDESK_FUZZ_JOBS; CI has two cores, and each target is one process on one core). A crash
# fails the run and leaves its input in build-fuzz/crashes/; add it to the target's corpus
# folder, and the GCC build's fuzz_*_corpus test keeps it as a regression test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CAREDESK_FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${CAREDESK_FUZZ_SECONDS:-30}
"$root/packaging/install-deps.sh"
need=()
for p in clang-14 libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" != 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
cmake --preset fuzz -S "$root" -B "$build" -DCMAKE_CXX_FLAGS="-O1 -g0" >/dev/null
cmake --build "$build"
mkdir -p "$build/crashes"
jobs=${CAREDESK_FUZZ_JOBS:-2}
fuzz_one() {
    local target=$1 name=${1##*/fuzz_}
    # Work on a copy: new inputs libFuzzer finds stay out of the repository.
    local corpus="$build/corpus/$name"
    mkdir -p "$corpus"
    cp -r "$root/tests/fuzz/corpus/$name/." "$corpus/"
    if ! QT_QPA_PLATFORM=offscreen "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$build/crashes/$name-" -print_final_stats=1 "$corpus" >"$build/fuzz_$name.log" 2>&1; then
        { echo "== fuzz_$name for ${seconds}s"; tail -40 "$build/fuzz_$name.log"
          echo "FAIL fuzz_$name: see $build/crashes/"; } >"$build/fuzz_$name.summary"
        return 1
    fi
    { echo "== fuzz_$name for ${seconds}s"
      grep -E '^stat::number_of_executed_runs|^#[0-9]+.*DONE' "$build/fuzz_$name.log" | tail -2 || true; } >"$build/fuzz_$name.summary"
}
started=$SECONDS
status=0
pids=() names=()
for target in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$target" ] && [ -x "$target" ] || continue
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait "${pids[0]}" || status=1
        cat "$build/fuzz_${names[0]}.summary"
        pids=("${pids[@]:1}") names=("${names[@]:1}")
    fi
    fuzz_one "$target" &
    pids+=($!) names+=("${target##*/fuzz_}")
done
for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || status=1
    cat "$build/fuzz_${names[$i]}.summary"
done
echo "fuzzing: $((SECONDS - started)) s ($jobs at a time)"
exit $status
