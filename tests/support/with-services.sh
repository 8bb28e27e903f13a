#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CareDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command with what the tests need (ARCHITECTURE.md, Tests): a PostgreSQL 15 server
# (initdb in a temporary folder as the postgres user, 127.0.0.1, a free port; its URL in
# CAREDESK_TEST_PG), a Secret Service (gnome-keyring under dbus-run-session) and a display
# (Xvfb when there is none). Everything is stopped at the end, also on failure.
#
#   tests/support/with-services.sh COMMAND [ARG...]
set -euo pipefail

if [ -z "${CAREDESK_IN_DBUS_SESSION:-}" ]; then
    export CAREDESK_IN_DBUS_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pg_bin/initdb" ] || { echo "PostgreSQL server binaries are missing (apt-get install postgresql)." >&2; exit 5; }

work=$(mktemp -d /tmp/caredesk-services.XXXXXX)
chmod 755 "$work"
pg_data="$work/pg"
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
    status=$?
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
    [ -n "${keyring_pid:-}" ] && kill "$keyring_pid" 2>/dev/null || true
    rm -rf "$work"
    exit $status
}
trap cleanup EXIT INT TERM

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$pg_data"
[ "$(id -u)" = 0 ] && chown postgres "$pg_data" "$work"
as_pg "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
    || { cat "$work/initdb.log" >&2; exit 5; }
# Members of caredesk_password_login must give their password (the keychain tests need a server
# that refuses a wrong one); every other login is trusted. The role need not exist.
as_pg sed -i '1i host all +caredesk_password_login 127.0.0.1/32 scram-sha-256' "$pg_data/pg_hba.conf"
as_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$work/pg.log" >&2; exit 5; }
export CAREDESK_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"

# A fresh, unlocked login keyring in a home of its own, so tests never touch the user's.
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
eval "$(printf '%s' caredesk-test | gnome-keyring-daemon --unlock --components=secrets)"
keyring_pid=${GNOME_KEYRING_PID:-}

if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
    for n in $(seq 90 140); do
        if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
            Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
            xvfb_pid=$!
            export DISPLAY=":$n"
            break
        fi
    done
fi

"$@"
