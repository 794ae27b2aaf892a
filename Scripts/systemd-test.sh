#!/usr/bin/env bash
# Boots a real systemd (PID 1 of its own namespaces, over an overlay of / with a tmpfs upper
# layer, so nothing on the host changes), installs newsd's units into it, and checks that
# systemd activates, watches, reloads and stops newsd as a user would see it.
#   Scripts/systemd-test.sh [BUILD-BIN-DIR]    (default: the debug build)
# Needs root. Ends with "N passed, N failed"; cleans up whatever happens.
set -uo pipefail
cd "$(dirname "$0")/.."

if [[ $(id -u) != 0 ]]; then echo "systemd-test: skipped: needs root"; echo "0 passed, 0 failed, 1 skipped"; exit 0; fi
bin=${1:-$(swift build --show-bin-path)}
[[ -x $bin/newsd && -x $bin/newsctl ]] || { echo "systemd-test: no newsd/newsctl in $bin; build first" >&2; exit 1; }

work=$(mktemp -d /tmp/newsd-systemd-XXXXXX)
unshare_pid=""
systemd_pid=""
cleanup() {
  # Killing the namespace's PID 1 ends every process in it, and with them its mounts.
  [[ -n $systemd_pid ]] && kill -9 "$systemd_pid" 2>/dev/null
  if [[ -n $unshare_pid ]]; then
    [[ -z $systemd_pid ]] && pkill -9 -P "$unshare_pid" 2>/dev/null
    kill -9 "$unshare_pid" 2>/dev/null
    wait "$unshare_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# Stage the install, plus what the test changes inside the namespace (and only there):
# PrivateUsers= fails in a nested user namespace ("Failed to set up user namespacing"), and a
# 3-second watchdog keeps the frozen-daemon check short.
stage=$work/stage
Scripts/install.sh --bin "$bin" --destdir "$stage" 2>/dev/null || { echo "systemd-test: install failed" >&2; exit 1; }
mkdir -p "$stage/etc/systemd/system/newsd.service.d"
printf '[Service]\nPrivateUsers=no\nWatchdogSec=3s\nTimeoutAbortSec=3s\n' >"$stage/etc/systemd/system/newsd.service.d/50-test.conf"
cat >"$stage/etc/systemd/system/newsd-test.target" <<'T'
[Unit]
Description=newsd test boot
Requires=basic.target
After=basic.target
T

# The namespace: overlay of /, fresh /proc, /run and /tmp, the staged files on top, then systemd.
cat >"$work/boot.sh" <<'B'
#!/usr/bin/env bash
set -e
work=$1
mkdir -p "$work/fs" "$work/merged"
mount -t tmpfs tmpfs "$work/fs"
mkdir -p "$work/fs/upper" "$work/fs/work"
mount -t overlay overlay -o "lowerdir=/,upperdir=$work/fs/upper,workdir=$work/fs/work" "$work/merged"
mount -t proc proc "$work/merged/proc"
mount --rbind /sys "$work/merged/sys"
mount --rbind /dev "$work/merged/dev"
mount -t tmpfs tmpfs "$work/merged/run"
mount -t tmpfs tmpfs "$work/merged/tmp"
cp -a "$work/stage/." "$work/merged/"
exec chroot "$work/merged" env container=other /lib/systemd/systemd --system --unit=newsd-test.target
B
chmod +x "$work/boot.sh"
unshare --mount --pid --fork --net --uts --ipc --propagation private "$work/boot.sh" "$work" >"$work/boot.log" 2>&1 &
unshare_pid=$!

for _ in $(seq 1 100); do
  systemd_pid=$(pgrep -P "$unshare_pid" | head -n 1)
  [[ -n $systemd_pid ]] && break
  sleep 0.1
done
inside() { nsenter -t "$systemd_pid" -m -p -r -w "$@"; }
state=""
for _ in $(seq 1 150); do
  state=$(timeout 5 nsenter -t "$systemd_pid" -m -p -r -w systemctl is-system-running 2>/dev/null || true)
  [[ $state == running || $state == degraded ]] && break
  sleep 0.2
done

passed=0 failed=0
check() {
  local what=$1; shift
  if "$@" >/dev/null 2>&1; then echo "ok   - $what"; passed=$((passed + 1)); else echo "FAIL - $what"; failed=$((failed + 1)); fi
}
has() { grep -q -- "$1"; }
ctl() { inside /usr/local/bin/newsctl "$@"; }
reader() { inside runuser -u analyst -- /usr/local/bin/newsctl "$@"; }

check "systemd booted in its namespaces (state: $state)" test -n "$state"
check "the installed units verify" inside systemd-analyze verify /usr/local/lib/systemd/system/newsd.service /usr/local/lib/systemd/system/newsd.socket
inside systemd-sysusers >/dev/null 2>&1
inside useradd --no-create-home --groups newsd analyst >/dev/null 2>&1
inside systemctl daemon-reload
inside systemctl start newsd.socket
check "newsd.socket is listening" bash -c "[[ \$(nsenter -t $systemd_pid -m -p -r -w systemctl is-active newsd.socket) == active ]]"
check "newsd.service waits for its first call" bash -c "[[ \$(nsenter -t $systemd_pid -m -p -r -w systemctl is-active newsd.service) != active ]]"
check "the first newsctl call activates newsd" ctl status
check "newsd.service is active after it" bash -c "[[ \$(nsenter -t $systemd_pid -m -p -r -w systemctl is-active newsd.service) == active ]]"
check "root ingests through the activated socket" bash -c "echo 'Kazakhstan and the United States signed a \$1.1 billion deal to develop tungsten deposits.' | nsenter -t $systemd_pid -m -p -r -w /usr/local/bin/newsctl ingest -"
check "root queries what was extracted" bash -c "nsenter -t $systemd_pid -m -p -r -w /usr/local/bin/newsctl agreements | grep -q '1.1 bn'"
check "a reader-group user queries" bash -c "nsenter -t $systemd_pid -m -p -r -w runuser -u analyst -- /usr/local/bin/newsctl agreements | grep -q '1.1 bn'"
check "a reader-group user may not write (exit 4)" bash -c "echo 'x' | nsenter -t $systemd_pid -m -p -r -w runuser -u analyst -- /usr/local/bin/newsctl ingest -; [[ \$? == 4 ]]"
check "systemctl status shows newsd's STATUS line" bash -c "nsenter -t $systemd_pid -m -p -r -w systemctl status newsd --no-pager | grep -q 'Status: \"seq'"
check "systemctl reload goes through and newsd is active again" bash -c "nsenter -t $systemd_pid -m -p -r -w systemctl reload newsd && [[ \$(nsenter -t $systemd_pid -m -p -r -w systemctl is-active newsd) == active ]]"

# The watchdog: freeze newsd; systemd must kill and restart it, and every acknowledged event stays.
for n in 1 2 3 4 5; do ctl record trade --pair US,KZ --value "${n}bn" --client-id "wd-$n" >/dev/null; done
before=$(ctl status --json | sed -n 's/.*"sequence" : \([0-9]*\).*/\1/p')
old_pid=$(inside systemctl show -p MainPID --value newsd)
restarted=0
# Never signal pid 0 or 1: that would stop this script's own process group, or systemd.
[[ $old_pid =~ ^[0-9]+$ && $old_pid -gt 1 ]] && inside kill -STOP "$old_pid"

for _ in $(seq 1 300); do
  new_pid=$(inside systemctl show -p MainPID --value newsd)
  if [[ $new_pid != "$old_pid" && $new_pid != 0 && $(inside systemctl is-active newsd) == active ]]; then restarted=1; break; fi
  sleep 0.2
done
check "a frozen newsd is killed by the watchdog and restarted" test "$restarted" = 1
check "systemd counted the restart" bash -c "[[ \$(nsenter -t $systemd_pid -m -p -r -w systemctl show -p NRestarts --value newsd) -ge 1 ]]"
after=$(ctl status --json | sed -n 's/.*"sequence" : \([0-9]*\).*/\1/p')
check "every acknowledged event is there after the restart (seq $before → $after)" test -n "$before" -a "$before" = "$after"

check "systemctl stop is clean" bash -c "nsenter -t $systemd_pid -m -p -r -w systemctl stop newsd && [[ \$(nsenter -t $systemd_pid -m -p -r -w systemctl show -p Result --value newsd) == success ]]"
check "newsd stopped by itself, after its calls (its own last words)" bash -c "nsenter -t $systemd_pid -m -p -r -w journalctl -u newsd --no-pager | grep -q 'newsd\\[[0-9]*\\]: stopped$'"
check "journalctl -o json shows newsd's structured fields" bash -c "nsenter -t $systemd_pid -m -p -r -w journalctl -u newsd -o json --no-pager | grep -q '\"EVENT_SEQ\"'"

exposure=$(systemd-analyze security --offline=true systemd/newsd.service 2>/dev/null | sed -n 's/.*Overall exposure level for newsd.service: \([0-9.]*\).*/\1/p')
check "the shipped unit's exposure is at most 1.0 (it is $exposure)" awk -v e="$exposure" 'BEGIN { exit !(e != "" && e <= 1.0) }'

if ((failed)); then
  echo "--- newsd's journal inside the namespace:"
  inside journalctl -u newsd -u newsd.socket --no-pager 2>/dev/null | tail -n 40
fi
echo "systemd-test: $passed passed, $failed failed"
((failed == 0))
