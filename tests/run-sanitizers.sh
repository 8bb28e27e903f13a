#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CareDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer: the "asan" preset
# (the debug build) in build-asan/, with the suppressions in tests/sanitizers/. Benchmarks run
# only at their smoke size, as always. Any finding fails the run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CAREDESK_ASAN_BUILD_DIR:-$root/build-asan}
"$root/packaging/install-deps.sh"
# CI builds without optimisation or debug info: with both sanitizers a file takes about 2.5 times
# as long to compile at -O1 as the ordinary -O1 build, and about 1.4 times at -O0 (the tests, whose
# time is mostly Qt's and the database's, lose less than that). A developer's asan build keeps
# -O1 -g from the preset. CI starts with an empty compiler cache, where ccache would only add a
# preprocessor pass to every file, so CI builds without it.
extra=()
[ "${CI:-}" = true ] && extra=(-DCMAKE_CXX_FLAGS_DEBUG="-O0 -g0" -DCAREDESK_CCACHE=)
cmake --preset asan -S "$root" -B "$build" "${extra[@]}" >/dev/null
started=$SECONDS
cmake --build "$build"
echo "sanitized build: $((SECONDS - started)) s"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=0"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$root/tests/sanitizers/ubsan.supp"
export CAREDESK_ARTIFACT_DIR=${CAREDESK_ARTIFACT_DIR:-$build/artifacts}
mkdir -p "$CAREDESK_ARTIFACT_DIR"
# The clean-root .deb test packages the hardened build, not this one.
exec "$root/tests/support/with-services.sh" ctest --test-dir "$build" -j2 --output-on-failure \
    --timeout 900 -E '^(deb_clean_root_install|hardening_flags)$'
