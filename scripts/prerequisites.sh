#!/usr/bin/env bash
# Installs (as root) or names (otherwise) what the hub and its tests need beyond the .NET 10 SDK:
# Debian's Chromium (PDF printing and browser tests), the BIZ UD fonts (PDFs), poppler-utils (PDF checks)
# and ICU (Japanese calendars and collation; the app does not run with invariant globalization).
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "Missing: the .NET 10 SDK (dotnet). Install it first: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi

installed() {
  if command -v dpkg-query >/dev/null 2>&1; then
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
  else
    return 1
  fi
}

need_packages=()
# libharfbuzz-subset0 cuts each PDF's fonts down to its own characters (Features/Documents/Pdf/FontSubsetter.cs).
for package in chromium poppler-utils fonts-morisawa-bizud-gothic fonts-morisawa-bizud-mincho fontconfig libharfbuzz-subset0; do
  installed "$package" || need_packages+=("$package")
done
# ICU's package name carries its version (libicu72 on Debian 12); any of them will do.
if ! ls /usr/lib/*/libicuuc.so.* >/dev/null 2>&1 && ! ls /usr/lib/libicuuc.so.* >/dev/null 2>&1; then
  need_packages+=(libicu-dev)
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
