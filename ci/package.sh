#!/usr/bin/env bash
# The crate as published: `cargo package` (which builds the packaged sources), then the
# packaged crate's own tests, unpacked where no ../shared lies beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo package --quiet --allow-dirty
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar xzf "target/package/korex-$version.crate" -C "$work"
cd "$work/korex-$version"
[ ! -e ../shared ] || { echo "package: ../shared must not be beside the unpacked crate"; exit 1; }
if CARGO_TARGET_DIR="$work/target" cargo test > "$work/test.log" 2>&1; then
  grep -E "^test result|skipped" "$work/test.log" || true
  echo "package: korex-$version builds and passes its tests without ../shared"
else
  tail -60 "$work/test.log"
  echo "package: the packaged crate's tests fail"
  exit 1
fi
