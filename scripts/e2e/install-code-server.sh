#!/usr/bin/env bash
# Installs a pinned code-server from the npm registry into .e2e-cache/ (git-ignored),
# outside the project's node_modules, so a plain `npm ci` never pays for it.
# Does nothing when the cache already holds a complete install.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
RIPGREP_PKG_VERSION="1.15.11"            # @vscode/ripgrep version inside code-server 4.100.3
RIPGREP_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE_DIR="${E2E_CACHE_DIR:-$ROOT/.e2e-cache}"
DEST="$CACHE_DIR/code-server-$CODE_SERVER_VERSION"
MARKER="$DEST/.installed"
ENTRY="$DEST/node_modules/code-server/out/node/entry.js"

if [[ -f "$MARKER" && -f "$ENTRY" ]]; then
  echo "code-server $CODE_SERVER_VERSION already installed in ${DEST#"$ROOT"/}"
  exit 0
fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [[ "$node_major" != "20" ]]; then
  echo "code-server $CODE_SERVER_VERSION needs Node 20 (found $(node --version))" >&2
  exit 1
fi

# @vscode/ripgrep downloads ripgrep from GitHub at install time. Seed its download
# cache with Debian's rg so the postinstall never goes to the network for it.
RG_BIN="$(command -v rg || true)"
if [[ -z "$RG_BIN" ]]; then
  echo "ripgrep (rg) is missing: apt-get install ripgrep" >&2
  exit 1
fi
RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
mkdir -p "$RG_CACHE"
if [[ ! -s "$RG_CACHE/$RIPGREP_ASSET" ]]; then
  stage="$(mktemp -d)"
  cp "$RG_BIN" "$stage/rg"
  tar -czf "$RG_CACHE/$RIPGREP_ASSET" -C "$stage" rg
  rm -rf "$stage"
  echo "seeded $RG_CACHE/$RIPGREP_ASSET from $RG_BIN"
fi

# Fresh install into a staging folder, moved into place only when complete.
STAGE="$DEST.partial"
rm -rf "$STAGE" "$DEST"
mkdir -p "$STAGE"
cat > "$STAGE/package.json" <<JSON
{
  "name": "e2e-code-server",
  "private": true,
  "description": "Pinned code-server for the end-to-end tests (not part of the project).",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" }
}
JSON

echo "installing code-server $CODE_SERVER_VERSION into ${DEST#"$ROOT"/} (first run: a few minutes)"
start=$SECONDS
(
  cd "$STAGE"
  export npm_config_unsafe_perm=true      # postinstall runs as root in CI
  export npm_config_yes=true              # a nested npx would otherwise stop on a prompt
  export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  npm install --no-save --no-audit --no-fund --loglevel=warn
)
if [[ ! -f "$STAGE/node_modules/code-server/out/node/entry.js" ]]; then
  echo "code-server install is incomplete" >&2
  exit 1
fi
mv "$STAGE" "$DEST"
date -u +%FT%TZ > "$MARKER"
echo "code-server $CODE_SERVER_VERSION installed in $((SECONDS - start))s"
