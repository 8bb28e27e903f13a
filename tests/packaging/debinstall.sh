#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CareDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the .deb `cpack -G DEB` makes on a clean Debian 12 root (debootstrap --variant=minbase)
# and runs `caredesk-cli --version` and `caredesk --version` from it: the package's dependencies
# (shared-library detection plus the plugins Qt loads) must be enough on a machine that has
# nothing else. Needs root (debootstrap, chroot) and Debian's mirror.
#   debinstall.sh BUILD_DIR
set -euo pipefail
build=$1
mirror=${CAREDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
if [ "$(id -u)" != 0 ] || ! command -v debootstrap >/dev/null; then
    if [ "${CI:-}" = true ]; then
        echo "FAIL: CI must run this test as root with debootstrap installed"; exit 1
    fi
    echo "SKIP: needs root and debootstrap"; exit 77
fi
work=$(mktemp -d /tmp/caredesk-debroot.XXXXXX)
root=$work/root
cleanup() {
    for m in proc dev/pts dev sys; do umount -l "$root/$m" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

echo "== package"
(cd "$build" && cpack -G DEB -B "$work/pkg" >/dev/null)
deb=$(ls "$work"/pkg/caredesk_*.deb)
dpkg-deb --info "$deb" | sed -n '/Depends/p;/Recommends/p'
dpkg-deb --contents "$deb" | awk '{print $6}' | grep -E 'bin/caredesk|applications/|metainfo/|icons/' >/dev/null

echo "== clean Debian 12 root"
# The host's package cache speeds the download up; the root itself starts empty.
mkdir -p "$work/cache"
debootstrap --variant=minbase --cache-dir="$work/cache" bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log"; exit 1; }
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/"
echo "== install (dependencies from the package only, no recommends)"
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$deb")" >"$work/install.log" 2>&1 || { tail -30 "$work/install.log"; exit 1; }
echo "== run"
chroot "$root" caredesk-cli --version
chroot "$root" env QT_QPA_PLATFORM=offscreen HOME=/tmp caredesk --version
# The plugins the package promised: Qt finds its SQL drivers in the clean root.
chroot "$root" sh -c 'ls /usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/' | grep -q libqsqlite
chroot "$root" sh -c 'ls /usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/' | grep -q libqsqlpsql
# A real command on a new workspace, not only --version.
chroot "$root" env HOME=/tmp caredesk-cli --workspace /tmp/w.caredesk workspace init --json | grep -q '"kind"'
echo "OK: installed and ran on a clean Debian 12 root"
