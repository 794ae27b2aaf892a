#!/usr/bin/env bash
# Builds newsd and newsctl in release mode and installs them with the systemd units, the
# sysusers snippet, a default configuration and the shell completions.
#   Scripts/install.sh [--prefix /usr/local] [--destdir DIR] [--no-build] [--bin BUILD-BIN-DIR]
# DESTDIR (or --destdir) stages the install under another root, for packaging and tests.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=${PREFIX:-/usr/local}
destdir=${DESTDIR:-}
build=1
bin=""
while (($#)); do
  case $1 in
    --prefix) prefix=$2; shift 2 ;;
    --destdir) destdir=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --bin) bin=$2; build=0; shift 2 ;;
    *) echo "install: unknown option $1" >&2; exit 2 ;;
  esac
done

if ((build)); then
  Scripts/setup.sh
  swift build -c release --product newsd >&2
  swift build -c release --product newsctl >&2
fi
[[ -n $bin ]] || bin=$(swift build -c release --show-bin-path)

root="$destdir"
install -d "$root$prefix/bin" "$root$prefix/lib/systemd/system" "$root$prefix/lib/sysusers.d" \
  "$root$prefix/share/doc/newsd" "$root$prefix/share/bash-completion/completions" \
  "$root$prefix/share/zsh/site-functions" "$root$prefix/share/fish/vendor_completions.d" "$root/etc/newsd"
install -m 0755 "$bin/newsd" "$bin/newsctl" "$root$prefix/bin/"
for unit in newsd.service newsd.socket; do
  sed -e "s|/usr/local/bin/|$prefix/bin/|g" -e "s|/usr/local/share/|$prefix/share/|g" "systemd/$unit" >"$root$prefix/lib/systemd/system/$unit"
  chmod 0644 "$root$prefix/lib/systemd/system/$unit"
done
install -m 0644 systemd/sysusers.d/newsd.conf "$root$prefix/lib/sysusers.d/newsd.conf"
[[ -e "$root/etc/newsd/newsd.conf" ]] || install -m 0644 systemd/newsd.conf "$root/etc/newsd/newsd.conf"
install -m 0644 README.md "$root$prefix/share/doc/newsd/README.md"
"$bin/newsctl" --generate-completion-script bash >"$root$prefix/share/bash-completion/completions/newsctl"
"$bin/newsctl" --generate-completion-script zsh >"$root$prefix/share/zsh/site-functions/_newsctl"
"$bin/newsctl" --generate-completion-script fish >"$root$prefix/share/fish/vendor_completions.d/newsctl.fish"

cat >&2 <<MSG
install: installed newsd and newsctl under ${destdir:+$destdir}$prefix
install: next, as root:
           systemd-sysusers                      # creates the newsd group
           systemctl daemon-reload
           systemctl enable --now newsd.socket   # newsd starts on the first call
           usermod -aG newsd ANALYST             # lets ANALYST query
           newsctl --socket /run/newsd/io.newsd status
MSG
