#!/usr/bin/env bash
# Installs (as root) or names (otherwise) what the hub and its tests need beyond the .NET 10 SDK:
# Debian's Chromium (PDF printing and browser tests), the BIZ UD fonts (PDFs), poppler-utils (PDF checks)
# and ICU (Japanese calendars and collation; the app does not run with invariant globalization).
set -euo pipefail

need_packages=()
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need_packages+=(poppler-utils)
fc-list 2>/dev/null | grep -q "BIZ UDGothic" || need_packages+=(fonts-morisawa-bizud-gothic)
fc-list 2>/dev/null | grep -q "BIZ UDMincho" || need_packages+=(fonts-morisawa-bizud-mincho)
ls /usr/lib/x86_64-linux-gnu/libicuuc.so.* /usr/lib/*/libicuuc.so.* >/dev/null 2>&1 || need_packages+=(libicu-dev)

if ! command -v dotnet >/dev/null 2>&1; then
  echo "Missing: the .NET 10 SDK (dotnet). Install it first: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi

if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian packages: ${need_packages[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >/dev/null
  else
    echo "Missing Debian packages: ${need_packages[*]}" >&2
    echo "Install them with: sudo apt-get install -y ${need_packages[*]}" >&2
    exit 1
  fi
fi

dotnet tool restore >/dev/null
