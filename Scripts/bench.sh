#!/usr/bin/env bash
# Builds newsbench in release mode and runs it: one table, then a summary line of ratios.
#   Scripts/bench.sh [--quick] [--events N] [--only replay,restart,queries,ingest,extraction]
#   (--quick: 50,000 events instead of 1,000,000 and fewer rounds; it asserts no timing)
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build -c release --product newsd >&2
swift build -c release --product newsbench >&2
"$(swift build -c release --show-bin-path)/newsbench" "$@"
