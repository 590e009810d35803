#!/usr/bin/env bash
# Installerar det som saknas för ojrapport: npm-paket, det kompilerade programmet (dist/) och Chromium
# (och poppler-utils med --test).
# Användning: bash scripts/setup.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[[ "${1:-}" == "--test" ]] && want_test=1

say() { printf 'ojrapport: %s\n' "$*" >&2; }

# 1. Node 20 or later.
if ! command -v node >/dev/null 2>&1; then
  say "Node.js saknas. Installera Node 20 eller senare (https://nodejs.org) och kör igen."; exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if (( major < 20 )); then
  say "Node $(node -v) är för gammal. Installera Node 20 eller senare och kör igen."; exit 1
fi

# 2. npm packages (only when missing or when package-lock.json changed since the last install).
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installerar npm-paket …"
  npm ci --no-audit --no-fund --loglevel=error >&2
fi

# 3. The compiled JavaScript and templates in dist/ (only when src/ or templates/ changed since the last build).
node scripts/build.js --if-stale

# 4. System packages: Chromium (always) and poppler-utils (for the tests).
find_chromium() {
  for c in "${PUPPETEER_EXECUTABLE_PATH:-}" "${CHROME_PATH:-}"; do
    [[ -n "$c" && -x "$c" ]] && return 0
  done
  for c in chromium chromium-browser google-chrome google-chrome-stable; do
    command -v "$c" >/dev/null 2>&1 && return 0
  done
  return 1
}

missing=()
find_chromium || missing+=(chromium)
if (( want_test )); then
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fi

if (( ${#missing[@]} )); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "installerar ${missing[*]} med apt-get …"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    say "Följande program saknas: ${missing[*]}."
    say "Debian/Ubuntu: sudo apt-get install ${missing[*]}"
    say "macOS: brew install --cask chromium$( (( want_test )) && echo ' && brew install poppler')"
    say "Har du redan Chrome eller Chromium: ange sökvägen i PUPPETEER_EXECUTABLE_PATH."
    exit 1
  fi
fi
