#!/usr/bin/env bash
# Fails when a user-visible string of the sources has no finished
# translation: runs lupdate over the sources into copies of the .ts files
# and counts the entries it leaves unfinished.
set -euo pipefail
src=$1
lupdate=${2:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/campagna_*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -locations none -no-obsolete "$src/core" "$src/ui" "$src/app" -ts "$copy" >/dev/null
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    total=$(grep -c '<message' "$copy" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "$(basename "$ts"): $unfinished of $total strings are not translated:"
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -20
        status=1
    else
        echo "$(basename "$ts"): all $total strings translated"
    fi
done
exit $status
