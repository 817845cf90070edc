#!/usr/bin/env bash
# Installs the Debian packages NewsHub needs and that are missing. Usage: install-deps.sh run|test.
#   run:  postgresql-15 (the private cluster of scripts/pg.sh)
#   test: also python3-jieba (the segmenter's reference), chromium and fonts-noto-cjk (browser tests)
set -euo pipefail
need=(postgresql-15)
[ "${1:-run}" = test ] && need+=(python3-jieba chromium fonts-noto-cjk)
missing=()
for p in "${need[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "Missing Debian packages: ${missing[*]}. Install them as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} …" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq "${missing[@]}" >/dev/null
