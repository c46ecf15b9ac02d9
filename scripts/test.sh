#!/usr/bin/env bash
# Runs every test project (unit, component, integration, browser) and ends with one line:
# "N passed, N failed, N skipped" summed over all projects. Exits non-zero when any test fails.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/prerequisites.sh || exit 1
dotnet build PartnerHub.sln -c Release --nologo -v q -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

# The page-health crawl (browser tests) saves a screenshot of every page at 1366x768 and 1920x1080 here.
export PAGE_HEALTH_SCREENSHOTS="${PAGE_HEALTH_SCREENSHOTS:-$(pwd)/artifacts/page-health}"
rm -rf "$PAGE_HEALTH_SCREENSHOTS"

log=$(mktemp)
status=0
for project in tests/*/; do
  name=$(basename "$project")
  [ -f "$project/$name.csproj" ] || continue
  case "$name" in *.Tests|*.EndToEndTests) ;; *) continue ;; esac
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo 2>&1 | tee -a "$log" || status=1
done

summary=$(grep -E '(Passed|Failed)!  ?- Failed:' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\1 \2 \3/' \
  | awk '{f+=$1; p+=$2; s+=$3} END {printf "%d passed, %d failed, %d skipped\n", p, f, s}')
rm -f "$log"
[ -n "$summary" ] || summary="0 passed, 0 failed, 0 skipped"
echo "$summary"
case "$summary" in *" 0 failed"*) ;; *) status=1 ;; esac
exit $status
