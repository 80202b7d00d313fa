#!/usr/bin/env bash
# Everything CI needs for korex's Python package, from a fresh machine: a venv with maturin,
# pytest, pyspark and mypy (for stubtest); Java when absent; the wheel built and installed
# (`pip install ./python`, the README's command); the CLI (`cargo build --release`); then the
# pytest suite, Spark included. Prints how long each step took. Run as `bash python/ci.sh`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="${KOREX_VENV:-$ROOT/python/.venv}"
# One target directory for the CLI and the extension: shared dependencies build once.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

START=$SECONDS
step() {
    local name="$1"
    shift
    local t0=$SECONDS
    echo "==> $name"
    "$@"
    echo "<== $name: $((SECONDS - t0)) s"
}

make_venv() {
    python3 -m venv "$VENV"
    # shellcheck disable=SC1091
    . "$VENV/bin/activate"
    pip install --quiet --upgrade pip
    pip install --quiet maturin pytest pyspark mypy
}

java_present() {
    if command -v java >/dev/null; then
        java -version 2>&1 | head -1
    else
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null
        java -version 2>&1 | head -1
    fi
}

build_and_install_wheel() {
    pip install ./python
    python -c "import korex; print('korex', korex.__version__, 'from', korex.__file__)"
}

run_pytest() {
    local rc=0
    pytest python/tests -rs || rc=$?
    if [ "$rc" -eq 5 ]; then
        echo "python/ci.sh: pytest collected no tests" >&2
        return 1
    fi
    return "$rc"
}

step "venv with maturin, pytest, pyspark, mypy" make_venv
# shellcheck disable=SC1091
. "$VENV/bin/activate"
step "java" java_present
step "wheel: pip install ./python" build_and_install_wheel
step "CLI: cargo build --release" cargo build --release
step "pytest python/tests" run_pytest
echo "python/ci.sh: all steps passed in $((SECONDS - START)) s"
