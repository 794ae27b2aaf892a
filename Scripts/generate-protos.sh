#!/usr/bin/env bash
# Regenerates the committed Swift code for the event schema. Needs protoc (apt-get install
# protobuf-compiler) and protoc-gen-swift of the swift-protobuf version Package.swift names:
#   PROTOC_GEN_SWIFT=/path/to/protoc-gen-swift Scripts/generate-protos.sh
# The output is committed, so a normal build needs neither.
set -euo pipefail
cd "$(dirname "$0")/.."
plugin=${PROTOC_GEN_SWIFT:-$(command -v protoc-gen-swift || true)}
[[ -x $plugin ]] || { echo "generate-protos: set PROTOC_GEN_SWIFT to a built protoc-gen-swift" >&2; exit 1; }
schema=Sources/NewsCore/Events/Schema
protoc --plugin=protoc-gen-swift="$plugin" --swift_opt=Visibility=Internal \
  --proto_path="$schema" --swift_out="$schema" "$schema"/events.proto
echo "generate-protos: wrote $schema/events.pb.swift" >&2
