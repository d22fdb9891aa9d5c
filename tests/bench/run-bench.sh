#!/usr/bin/env bash
# `make bench`: campagna-bench on SQLite and on a private PostgreSQL server
# (started and stopped here, as the tests' pg-fixture.sh does).
#   run-bench.sh BUILD_DIR [SIZE...]     sizes S, M, L (default: S M)
# CAMPAGNA_BENCH_PG set: that server is used instead of a private one.
# Each table is printed and kept as BUILD_DIR/bench/<size>.md and .json.
set -euo pipefail
build=$(cd "$1" && pwd)
shift
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(S M)
here=$(cd "$(dirname "$0")" && pwd)
bench="$build/tests/bench/campagna-bench"
results="$build/bench"
mkdir -p "$results"

pgdir=""
if [ -z "${CAMPAGNA_BENCH_PG:-}" ]; then
    pgdir=$(mktemp -d /tmp/campagna-bench-pg-XXXXXX)
    trap '"$here/../support/pg-fixture.sh" stop "$pgdir"' EXIT
    "$here/../support/pg-fixture.sh" start "$pgdir" >&2
    export CAMPAGNA_BENCH_PG="postgresql://postgres@/postgres?host=$pgdir"
fi

status=0
for size in "${sizes[@]}"; do
    echo "== campagna-bench size $size ($(date -u '+%Y-%m-%d %H:%M UTC')) ==" >&2
    start=$(date +%s)
    # At L, operationMgt targets some 4 x 10^7 rows (4.4 x 10^6 at M, two
    # minutes on SQLite): left out unless BENCH_WORKFLOWS says otherwise.
    workflows=${BENCH_WORKFLOWS:-}
    if [ -z "$workflows" ] && [ "$size" = L ]; then
        workflows=budgetMgt,stockMgt,deliveryMgt,supplierMgt
    fi
    "$bench" --size "$size" ${workflows:+--workflows "$workflows"} --json "$results/$size.json" \
        | tee "$results/$size.md" || status=1
    echo "(size $size took $(( $(date +%s) - start )) s)" | tee -a "$results/$size.md"
done
exit $status
