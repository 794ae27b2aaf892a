#!/usr/bin/env bash
# One formatting for the Swift sources, by swift-format (part of the Swift toolchain) with the
# configuration in .swift-format (line length 120).
#   Scripts/format.sh           formats every Swift file in place
#   Scripts/format.sh --check   changes nothing; fails, naming each file and line, if any file
#                               is not as swift-format would leave it (Scripts/test.sh runs this)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! swift format --version >/dev/null 2>&1; then
  echo "format: swift-format is not in this Swift toolchain (swift format --version failed)" >&2
  exit 1
fi
paths=(Sources Tests Package.swift)
if [[ ${1:-} == --check ]]; then
  swift format lint --strict --recursive --parallel "${paths[@]}"
  echo "format: every Swift file is as swift-format leaves it"
else
  swift format --in-place --recursive --parallel "${paths[@]}"
fi
