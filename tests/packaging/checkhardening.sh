#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CareDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the built binaries for the hardening Debian expects (the checks of devscripts'
# hardening-check, with readelf from binutils): PIE, full RELRO (GNU_RELRO and BIND_NOW),
# the stack protector, and FORTIFY_SOURCE.
#   checkhardening.sh COMPILE_COMMANDS_JSON BINARY...
# FORTIFY only turns a call into its *_chk form where the buffer's size is known and the length
# is not, so a binary without *_chk calls proves nothing either way (hardening-check says
# "unknown" then). The binary passes when it has *_chk calls, or when every CareDesk translation
# unit was compiled with -D_FORTIFY_SOURCE=2 (or 3) and optimisation (FORTIFY needs -O1+).
set -uo pipefail
status=0
fail() { echo "FAIL $1: $2"; status=1; }
commands=$1
shift
fortify_compiled() {
    python3 - "$commands" <<'PY'
import json, re, sys
units = json.load(open(sys.argv[1]))
bad = [u["file"] for u in units
       if "/app/" in u["file"] or "/ui/" in u["file"]
       if not (re.search(r"-D_FORTIFY_SOURCE=[23]\b", u["command"]) and re.search(r"(^|\s)-O[1-3s]\b", u["command"]))]
print("\n".join(bad[:5]))
sys.exit(1 if bad else 0)
PY
}
for binary in "$@"; do
    name=$(basename "$binary")
    [ -x "$binary" ] || { fail "$name" "not found at $binary"; continue; }
    header=$(readelf -hW "$binary")
    dynamic=$(readelf -dW "$binary")
    segments=$(readelf -lW "$binary")
    symbols=$(readelf --dyn-syms -W "$binary")
    grep -q 'Type:[[:space:]]*DYN' <<<"$header" || fail "$name" "not position independent (PIE)"
    grep -q 'FLAGS_1.*PIE' <<<"$dynamic" || fail "$name" "no PIE flag in the dynamic section"
    grep -q 'GNU_RELRO' <<<"$segments" || fail "$name" "no GNU_RELRO segment"
    grep -Eq 'BIND_NOW|FLAGS.*\bNOW\b' <<<"$dynamic" || fail "$name" "no BIND_NOW (only partial RELRO)"
    grep -q '__stack_chk_fail' <<<"$symbols" || fail "$name" "no stack protector (__stack_chk_fail not used)"
    if ! grep -Eq '__[a-z_]+_chk(@|[[:space:]]|$)' <<<"$symbols"; then
        unfortified=$(fortify_compiled) || fail "$name" "sources built without -D_FORTIFY_SOURCE and -O: $unfortified"
    fi
    [ $status -eq 0 ] && echo "ok $name: PIE, full RELRO, stack protector, FORTIFY_SOURCE"
done
exit $status
