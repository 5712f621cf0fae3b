#!/usr/bin/env bash
# Publishes a benchmark's report: replaces its section in docs/benchmarks.md (between <!-- latest:KEY --> and
# <!-- /latest:KEY -->) and appends the same report, its title prefixed with the key, to the last part of
# docs/benchmarks-history.md.
#   bench/publish.sh KEY REPORT_FILE
set -euo pipefail
cd "$(dirname "$0")/.."
key="$1"
report="$2"
page=docs/benchmarks.md
if ! grep -q "^<!-- latest:$key -->\$" "$page" || ! grep -q "^<!-- /latest:$key -->\$" "$page"; then
    echo "$page has no section marked <!-- latest:$key --> … <!-- /latest:$key -->" >&2
    exit 1
fi
{ echo; sed "1s/^### /### \`$key\` — /" "$report"; } >> docs/benchmarks-history.md
awk -v start="<!-- latest:$key -->" -v end="<!-- /latest:$key -->" -v report="$report" '
    $0 == start { print; while ((getline line < report) > 0) print line; skipping = 1; next }
    $0 == end { skipping = 0 }
    !skipping { print }
' "$page" > "$page.new"
mv "$page.new" "$page"
echo "== Results in $page (section '$key') and appended to docs/benchmarks-history.md"
