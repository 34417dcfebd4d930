#!/usr/bin/env bash
# Regenerates the expected output of every conformance program by running real CPython 3.11:
# NAME.out (stdout), and for programs that fail, NAME.err (stderr) and NAME.exit (exit code).
# Each program runs several times; any difference between runs is an error (the corpus must be
# deterministic). Programs whose first line is "# conformance: mask-addresses" get 0x... masked.
set -euo pipefail
cd "$(dirname "$0")/../src/test/resources/conformance"
case "$(python3 --version 2>&1)" in
  "Python 3.11."*) ;;
  *) echo "gen-conformance: needs CPython 3.11 (found: $(python3 --version 2>&1))" >&2; exit 2 ;;
esac
runs=${RUNS:-5}
count=0
for py in [0-9]*.py; do
  base=${py%.py}
  first=""
  for ((i = 1; i <= runs; i++)); do
    set +e
    out=$(python3 "$py" 2>/tmp/gen-conformance.err; echo "rc=$?")
    set -e
    err=$(cat /tmp/gen-conformance.err)
    if head -1 "$py" | grep -q '^# conformance: mask-addresses'; then
      out=$(printf '%s' "$out" | sed -E 's/0x[0-9a-f]+/0xADDR/g')
    fi
    this="$out"$'\n'"$err"
    if [[ $i -eq 1 ]]; then
      first="$this"
    elif [[ "$this" != "$first" ]]; then
      echo "gen-conformance: $py prints differently from run to run; make it deterministic" >&2
      exit 1
    fi
  done
  rc=${out##*rc=}
  printf '%s' "${out%rc=*}" > "$base.out"
  rm -f "$base.err" "$base.exit"
  if [[ "$rc" != "0" ]]; then
    printf '%s\n' "$err" > "$base.err"
    echo "$rc" > "$base.exit"
  fi
  count=$((count + 1))
done
echo "gen-conformance: $count programs, expected output written"
