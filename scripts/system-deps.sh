#!/usr/bin/env bash
# System packages the project needs (Debian). Installs only what is missing.
set -euo pipefail
need=()
command -v python3 >/dev/null || need+=(python3)
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
command -v make >/dev/null || need+=(make)
# the browser tests drive Debian's chromium with Playwright (no browser download)
command -v chromium >/dev/null || need+=(chromium)
# fonts so that pages (and screenshots) render text in every script we show
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
