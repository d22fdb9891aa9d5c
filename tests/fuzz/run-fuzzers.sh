#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz with clang into BUILD_DIR
# and runs each for SECONDS seconds, starting from the committed seeds in
# tests/fuzz/corpus/<name>/ and the corpus kept in BUILD_DIR/corpus/<name>/.
# Exits non-zero when a harness crashes (the input is saved under
# BUILD_DIR/artifacts/) or does not build; exits 0 without clang.
#
#   tests/fuzz/run-fuzzers.sh SECONDS [BUILD_DIR]
#
# FUZZ_OPTIONS adds libFuzzer options to every run (e.g. for long runs by
# hand: FUZZ_OPTIONS="-rss_limit_mb=4096").
set -euo pipefail

seconds=${1:?usage: run-fuzzers.sh SECONDS [BUILD_DIR]}
here=$(cd "$(dirname "$0")" && pwd)
build=${2:-$here/../../build/fuzz}

find_tool() {
    local candidate
    for candidate in "$@"; do
        if command -v "$candidate" >/dev/null 2>&1; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

if ! cxx=$(find_tool clang++ clang++-14 clang++-15 clang++-16); then
    echo "run-fuzzers: clang++ is not installed; the fuzzers are built when clang is available."
    exit 0
fi
cc=$(find_tool clang clang-14 clang-15 clang-16 || true)

# Readable stacks in crash reports when LLVM's symbolizer is there.
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] &&
    symbolizer=$(find_tool llvm-symbolizer llvm-symbolizer-14 llvm-symbolizer-15 llvm-symbolizer-16); then
    export ASAN_SYMBOLIZER_PATH=$symbolizer
fi

export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
export CXX=$cxx
[ -n "$cc" ] && export CC=$cc
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$here" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
fi
cmake --build "$build"

status=0
mkdir -p "$build/artifacts"
for source in "$here"/fuzz_*.cpp; do
    name=$(basename "$source" .cpp)
    corpus="$build/corpus/$name"
    seeds="$here/corpus/${name#fuzz_}"
    mkdir -p "$corpus"
    options=(-max_total_time="$seconds" -max_len=512 -timeout=10 -rss_limit_mb=2048
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$name-")
    [ -f "$here/${name#fuzz_}.dict" ] && options+=(-dict="$here/${name#fuzz_}.dict")
    # shellcheck disable=SC2206 # word splitting wanted: several options
    options+=(${FUZZ_OPTIONS:-})
    echo "run-fuzzers: $name for ${seconds}s"
    if ! "$build/$name" "${options[@]}" "$corpus" "$seeds"; then
        echo "run-fuzzers: $name FAILED (a crashing input is saved in $build/artifacts/)"
        status=1
    fi
done
exit $status
