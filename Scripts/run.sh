#!/usr/bin/env bash
# The one command that sets up a fresh machine and runs newsd with a local default:
# state and socket in ./.newsd of this checkout. Stop it with Ctrl-C (SIGINT) or SIGTERM.
#   Scripts/run.sh [more newsd options, e.g. --writer-group staff]
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/setup.sh
echo "run: building newsd and newsctl (release)" >&2
swift build -c release --product newsd >&2
swift build -c release --product newsctl >&2
bin=$(swift build -c release --show-bin-path)

state="$PWD/.newsd"
mkdir -p "$state"
cat >&2 <<MSG
run: newsd keeps its log in $state/state and listens on $state/io.newsd
run: in another shell:
       export NEWSD_SOCKET=$state/io.newsd
       $bin/newsctl status
MSG
exec "$bin/newsd" --state-dir "$state/state" --socket "$state/io.newsd" "$@"
