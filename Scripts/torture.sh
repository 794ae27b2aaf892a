#!/usr/bin/env bash
# newsd's torture suite, against binaries already built (see README, "Torture").
#   Scripts/torture.sh [--quick] [--only crash-loop,damage,hostile,many-clients,full-disk,replay-stop] [--seed N]
# The binaries: $NEWSD_BIN_DIR, else `swift build --show-bin-path` (debug).
# Ends with one line "torture: N passed, N failed"; exits 1 if any check failed.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${NEWSD_BIN_DIR:-$(swift build --show-bin-path)}
exec python3 Tests/torture/torture.py --bin-dir "$bin" "$@"
