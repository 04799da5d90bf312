#!/usr/bin/env bash
# Vendor the web page's third-party JavaScript into server/web/static/vendor/,
# which server/web embeds into the binary (no CDN, no build server at run time).
#
#   bash scripts/vendor-web.sh            # the pinned version below
#   CYTOSCAPE_VERSION=3.x.y bash scripts/vendor-web.sh
#
# It fetches the package with `npm pack` from the npm registry into a
# temporary directory, checks the licence, and copies the minified browser
# build and the licence text. Commit the results (so `go run` works on a
# fresh clone) and update VERSIONS in the same commit.
set -euo pipefail

CYTOSCAPE_VERSION="${CYTOSCAPE_VERSION:-3.35.0}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/server/web/static/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

command -v npm >/dev/null || { echo "vendor-web: npm is needed (apt-get install -y npm)" >&2; exit 1; }

echo "vendor-web: cytoscape@$CYTOSCAPE_VERSION"
(cd "$tmp" && npm pack --silent "cytoscape@$CYTOSCAPE_VERSION" >/dev/null)
tar -xzf "$tmp"/cytoscape-*.tgz -C "$tmp"
pkg="$tmp/package"

license="$(node -p 'require(process.argv[1]).license' "$pkg/package.json")"
version="$(node -p 'require(process.argv[1]).version' "$pkg/package.json")"
if [ "$license" != "MIT" ]; then
	echo "vendor-web: cytoscape@$version is licensed $license, not MIT; check before vendoring" >&2
	exit 1
fi
src="$pkg/dist/cytoscape.min.js"
[ -f "$src" ] || { echo "vendor-web: $src missing from the package" >&2; exit 1; }

mkdir -p "$dest"
cp "$src" "$dest/cytoscape.min.js"
cp "$pkg/LICENSE" "$dest/cytoscape.LICENSE"
sum="$(sha256sum "$dest/cytoscape.min.js" | cut -d' ' -f1)"
cat >"$dest/VERSIONS" <<VERS
# Third-party files in this directory, written by scripts/vendor-web.sh.
# name       version   licence  file                sha256
cytoscape    $version    $license      cytoscape.min.js    $sum
VERS
echo "vendor-web: wrote $dest/cytoscape.min.js ($(wc -c <"$dest/cytoscape.min.js") bytes, $license), VERSIONS"
