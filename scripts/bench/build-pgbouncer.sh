#!/usr/bin/env bash
# Builds PgBouncer ≥ 1.21 for `npm run bench -- scale` with SCALE_PGBOUNCER=1, from Debian's own source package.
# Debian 12 ships PgBouncer 1.18, which cannot hold the autosave's named prepared statements in transaction mode
# (`max_prepared_statements` arrived in 1.21); Debian 13 ships 1.24. This script takes Debian 13's source
# (deb-src from deb.debian.org, the only package registry this project's machines reach), builds it with the
# Debian 12 libraries it needs, and leaves the binary in .cache/pgbouncer/pgbouncer. Nothing is installed
# system-wide but the build dependencies. Needs root (apt) or sudo.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=.cache/pgbouncer
if [ -x "$out/pgbouncer" ]; then "$out/pgbouncer" --version | head -1; exit 0; fi
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
list=/etc/apt/sources.list.d/passage-trixie-src.sources
if ! apt-cache showsrc pgbouncer 2>/dev/null | grep -q '^Version: 1\.2'; then
  $SUDO tee "$list" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  $SUDO apt-get update -qq
fi
$SUDO apt-get install -y -qq dpkg-dev libevent-dev libssl-dev libc-ares-dev pkgconf make gcc >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get source -qq --download-only pgbouncer >/dev/null && dpkg-source -x --no-check pgbouncer_*.dsc src >/dev/null)
(cd "$work/src" && ./configure --quiet --without-systemd --without-pam >/dev/null && make -s -j"$(nproc)" >/dev/null)
mkdir -p "$out"
cp "$work/src/pgbouncer" "$out/pgbouncer"
"$out/pgbouncer" --version | head -1
