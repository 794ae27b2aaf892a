#!/usr/bin/env bash
# The one command that sets up a fresh machine and runs every test of newsd.
#   Scripts/test.sh [extra arguments for swift test, e.g. --filter CrashTests]
# Ends with one line "tests: N passed, N failed, N skipped".
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

# Swift Testing closes with "Test run with N tests in M suites passed|failed …" (the last such
# line is the run's own; a test that runs the test binary again may print one of its own first),
# and marks each failed test "✘ Test … failed" and each skipped one "➜ Test … skipped".
total=$(grep -E '^[✔✘] Test run with [0-9]+ tests?' "$out" | tail -n 1 | sed -E 's/^.*Test run with ([0-9]+) tests?.*$/\1/')
total=${total:-0}
failed=$(grep -E '^✘ Test .* failed' "$out" | grep -vc '^✘ Test run' || true)
skipped=$(grep -cE '^➜ Test .* skipped' "$out" || true)
passed=$((total - failed - skipped))
if [[ $status != 0 && $failed == 0 ]]; then failed=1; fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
