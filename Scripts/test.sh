#!/usr/bin/env bash
# The one command that sets up a fresh machine and runs every test of newsd.
#   Scripts/test.sh [extra arguments for swift test, e.g. --filter CrashTests]
# Ends with one line "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/setup.sh

echo "test: building (debug, with tests)" >&2
swift build --build-tests

out=$(mktemp)
trap 'rm -f "$out"' EXIT
set +e
swift test --skip-build "$@" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
set -e

# Swift Testing prints one "✔ Test name() passed" or "✘ Test name() failed" line per test.
passed=$(grep '^✔ Test .* passed' "$out" | grep -vc '^✔ Test run' || true)
failed=$(grep '^✘ Test .* failed' "$out" | grep -vc '^✘ Test run' || true)
if [[ $status != 0 && $failed == 0 ]]; then failed=1; fi
echo "tests: $passed passed, $failed failed"
exit "$status"
