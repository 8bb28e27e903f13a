#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CareDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what building, running and testing CareDesk needs on Debian 12, from Debian's
# packages only. Run as root (or with sudo available). Does nothing when all is installed.
set -euo pipefail

packages=(
    cmake ninja-build g++ lld ccache pkg-config python3
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libsqlite3-dev libqt6sql6-psql libqt6opengl6-dev qt6-qpa-plugins
    qtkeychain-qt6-dev libsecret-1-0 qt6-svg-dev
    qt6-charts-dev libqt6charts6 poppler-utils
    libyaml-cpp-dev unicode-data
    postgresql libhunspell-dev hunspell-en-us hunspell-ru
    gnome-keyring dbus dbus-x11 xvfb xauth strace
    fonts-dejavu-core fonts-noto-color-emoji
    appstream desktop-file-utils dpkg-dev file binutils debootstrap
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "Run as root to install: ${missing[*]}" >&2; exit 1; }
    sudo=sudo
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
