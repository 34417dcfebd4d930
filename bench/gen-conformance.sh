#!/usr/bin/env bash
# Regenerate the expected outputs of the conformance corpus from real CPython 3.11.
#
#   bench/gen-conformance.sh            # every program
#   bench/gen-conformance.sh 04 gc_     # only programs whose file name contains one of the words
#
# For each src/test/resources/conformance/NNN_topic.py it runs `cd <dir> && python3 -E NNN_topic.py`
# (with -W ignore::SyntaxWarning: programs use `x is 256 - 0` on purpose, and compile-time warnings
# are not part of what the engine reproduces)
# several times (5, or 20 for gc / id / dealloc / weakref / finalizer programs), fails loudly if any
# run differs from the first (stdout, stderr or exit code), and writes
#   NNN_topic.out   stdout (always)
#   NNN_topic.err   stderr (only when the exit code is non-zero)
#   NNN_topic.exit  the exit code (only when non-zero)
# Tracebacks name the bare file name: the absolute directory prefix python3 puts in `File "..."` is
# removed. Programs run $JOBS (default 2: the build machine has 2 shared cores) at a time.
# Programs whose first line is `# conformance: mask-addresses` get every `0x[0-9a-f]+` replaced by
# `0xADDR` in stdout and stderr. A program that exits 0 must leave stderr empty. Files are only
# rewritten when their content changes. RUNS=n overrides the number of runs of every program.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$here/src/test/resources/conformance"
py="${PYTHON:-python3}"

version="$("$py" --version 2>&1)"
if [[ ! "$version" =~ ^Python\ 3\.11\.[0-9]+$ ]]; then
    echo "gen-conformance: refusing: '$py --version' is '$version', CPython 3.11.x is required" >&2
    exit 2
fi

cd "$dir"
shopt -s nullglob
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

runs_for() {
    if [[ -n "${RUNS:-}" ]]; then echo "$RUNS"; return; fi
    case "$1" in
        *_gc_*|*_id_*|*_ids*|*dealloc*|*weak*|*finaliz*|*resurrection*|*refcount*|*del_vs_none*) echo 20 ;;
        *) echo 5 ;;
    esac
}

# write $2 to file $1 only if different (keeps the tree untouched when nothing changed)
put() {
    if [[ ! -f "$1" ]] || ! cmp -s "$2" "$1"; then
        cp "$2" "$1"
        changed=$((changed + 1))
    fi
}

# run one program once; results in $tmp/$2.{out,err,rc}
run_once() {
    local prog="$1" tag="$2" rc=0
    "$py" -E -W ignore::SyntaxWarning "$prog" >"$tmp/$tag.out" 2>"$tmp/$tag.err" </dev/null || rc=$?
    echo "$rc" >"$tmp/$tag.rc"
    # bare file names in tracebacks
    local abs="$dir/"
    if grep -qF "$abs" "$tmp/$tag.err"; then
        local e
        e="$(cat "$tmp/$tag.err"; printf x)"; e="${e%x}"
        printf '%s' "${e//"$abs"/}" >"$tmp/$tag.err"
    fi
    if [[ "$(head -n 1 "$prog")" == "# conformance: mask-addresses" ]]; then
        sed -i -E 's/0x[0-9a-f]+/0xADDR/g' "$tmp/$tag.out" "$tmp/$tag.err"
    fi
}

programs=()
for f in [0-9][0-9][0-9]_*.py; do
    if (( $# == 0 )); then programs+=("$f"); continue; fi
    for w in "$@"; do
        if [[ "$f" == *"$w"* ]]; then programs+=("$f"); break; fi
    done
done
if (( ${#programs[@]} == 0 )); then
    echo "gen-conformance: no program matches" >&2
    exit 1
fi

# Check one program: run it n times into $tmp/<base>/, compare every run with the first.
check_program() {
    local prog="$1" base="${1%.py}" n i k
    n="$(runs_for "$prog")"
    mkdir -p "$tmp/$base"
    run_once "$prog" "$base/first"
    for ((i = 2; i <= n; i++)); do
        run_once "$prog" "$base/again"
        for k in out err rc; do
            if ! cmp -s "$tmp/$base/first.$k" "$tmp/$base/again.$k"; then
                {
                    echo "gen-conformance: NOT DETERMINISTIC: $prog (run $i of $n differs in $k)"
                    diff "$tmp/$base/first.$k" "$tmp/$base/again.$k" || true
                } >"$tmp/$base/failure"
                return 1
            fi
        done
    done
    echo "$n" >"$tmp/$base/runs"
}

jobs_max="${JOBS:-2}"
running=0
for prog in "${programs[@]}"; do
    check_program "$prog" &
    running=$((running + 1))
    if (( running >= jobs_max )); then wait -n || true; running=$((running - 1)); fi
done
wait || true

failed=0
for prog in "${programs[@]}"; do
    base="${prog%.py}"
    if [[ -f "$tmp/$base/failure" || ! -f "$tmp/$base/runs" ]]; then
        cat "$tmp/$base/failure" >&2 2>/dev/null || echo "gen-conformance: $prog: no result" >&2
        failed=$((failed + 1))
    fi
done
if (( failed > 0 )); then
    echo "gen-conformance: FAILED: $failed program(s) not deterministic; no file written" >&2
    exit 1
fi

changed=0 total_runs=0 errors=0
for prog in "${programs[@]}"; do
    base="${prog%.py}"
    total_runs=$((total_runs + $(cat "$tmp/$base/runs")))
    put "$base.out" "$tmp/$base/first.out"
    rc="$(cat "$tmp/$base/first.rc")"
    if [[ "$rc" != 0 ]]; then
        errors=$((errors + 1))
        put "$base.err" "$tmp/$base/first.err"
        put "$base.exit" "$tmp/$base/first.rc"
    else
        if [[ -s "$tmp/$base/first.err" ]]; then
            echo "gen-conformance: $prog exits 0 but writes to stderr:" >&2
            cat "$tmp/$base/first.err" >&2
            exit 1
        fi
        for stale in "$base.err" "$base.exit"; do
            if [[ -e "$stale" ]]; then rm -f "$stale"; changed=$((changed + 1)); fi
        done
    fi
done

# expected-output files whose program is gone (full runs only)
if (( $# == 0 )); then
    for f in [0-9][0-9][0-9]_*.out [0-9][0-9][0-9]_*.err [0-9][0-9][0-9]_*.exit; do
        if [[ ! -e "${f%.*}.py" ]]; then rm -f "$f"; changed=$((changed + 1)); fi
    done
fi

echo "gen-conformance: ${#programs[@]} programs ($errors raising), $total_runs runs, all stable; $changed files updated ($version)"
