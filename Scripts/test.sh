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

# The torture suite, quick run (Scripts/torture.sh; README, "Torture"), on the binaries just built.
set +e
NEWSD_BIN_DIR=$(swift build --show-bin-path) Scripts/torture.sh --quick | tee "$out"
tt_status=${PIPESTATUS[0]}
set -e
tt=$(grep -E '^torture: [0-9]+ passed, [0-9]+ failed' "$out" | tail -n 1)
tt_passed=$(sed -E 's/^torture: ([0-9]+) passed.*/\1/' <<<"$tt")
tt_failed=$(sed -E 's/^.* ([0-9]+) failed.*/\1/' <<<"$tt")
passed=$((passed + ${tt_passed:-0}))
failed=$((failed + ${tt_failed:-0}))
skipped=$((skipped + $(grep -cE '^SKIP ' "$out" || true)))
if [[ $tt_status != 0 ]]; then
  status=1
  [[ ${tt_failed:-0} == 0 ]] && failed=$((failed + 1))
fi

# The benchmarks, quick run (Scripts/bench.sh; README, "Benchmarks"): a release build and every
# workload on a small ledger, so that they never rot. It asserts no timing: it passes when every
# workload ran and printed its figures.
set +e
Scripts/bench.sh --quick 2>&1 | tee "$out"
bench_status=${PIPESTATUS[0]}
set -e
if [[ $bench_status == 0 ]] && grep -qE '^newsbench quick .*extract=' "$out"; then
  passed=$((passed + 1))
else
  echo "test: the quick benchmark run failed (status $bench_status)"
  failed=$((failed + 1))
  status=1
fi

# One formatting (Scripts/format.sh, .swift-format): every Swift file as swift-format leaves it.
if Scripts/format.sh --check; then
  passed=$((passed + 1))
else
  echo "test: some Swift files are not formatted; run Scripts/format.sh"
  failed=$((failed + 1))
  status=1
fi

# The real-systemd test (root only: it boots systemd in namespaces of its own).
if [[ $(id -u) == 0 ]]; then
  set +e
  Scripts/systemd-test.sh | tee "$out"
  sd_status=${PIPESTATUS[0]}
  set -e
  sd=$(grep -E '^systemd-test: [0-9]+ passed, [0-9]+ failed' "$out" | tail -n 1)
  sd_passed=$(sed -E 's/^systemd-test: ([0-9]+) passed.*/\1/' <<<"$sd")
  sd_failed=$(sed -E 's/^.* ([0-9]+) failed.*/\1/' <<<"$sd")
  passed=$((passed + ${sd_passed:-0}))
  failed=$((failed + ${sd_failed:-0}))
  if [[ $sd_status != 0 ]]; then
    status=1
    [[ ${sd_failed:-0} == 0 ]] && failed=$((failed + 1))
  fi
else
  echo "test: the real-systemd test needs root; skipped"
  skipped=$((skipped + 1))
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
