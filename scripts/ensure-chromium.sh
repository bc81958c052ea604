#!/usr/bin/env bash
# Run by `./mvnw verify` before the browser tests: makes sure Chromium and ChromeDriver are there.
# As root on Debian or Ubuntu it installs the distribution's packages when they are missing;
# anywhere else it stops the build with one line saying what to install.
set -euo pipefail

found() {
  { [ -n "${CHROME_BIN:-}" ] && [ -x "$CHROME_BIN" ]; } || command -v chromium >/dev/null 2>&1 \
    || command -v chromium-browser >/dev/null 2>&1 || return 1
  { [ -n "${CHROMEDRIVER:-}" ] && [ -x "$CHROMEDRIVER" ]; } || command -v chromedriver >/dev/null 2>&1 \
    || [ -x /usr/lib/chromium/chromedriver ] || return 1
}

if found; then
  exit 0
fi

if [ "${EUID:-1}" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Browser tests: installing the distribution's chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
  found && exit 0
fi

echo "Browser tests need Chromium and ChromeDriver: run 'sudo apt-get install chromium chromium-driver'" \
     "(or set CHROME_BIN and CHROMEDRIVER), then ./mvnw verify again." >&2
exit 1
