#!/usr/bin/env bash
# Records CPython 3.11's answers to the bundled levels' questions, for BundledPackMatchesCPythonTest:
# for each level levels/CHAPTER/NAME.yaml, src/test/resources/level-answers/CHAPTER/NAME.json holds
# a hash of the level's program and questions, CPython's answer to every question it can answer
# (src/test/resources/levels/cpython_check.py runs the program under a tracer) and, for the others
# (absolute ids, freed, the collector's counts), why they are checked by hand.
#
#   bench/gen-level-answers.sh                   every level of the pack (and drops stale records)
#   bench/gen-level-answers.sh LEVEL.yaml...     just these levels
#
# Re-run it after changing a level's program or questions; the test says which record is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(python3 --version 2>&1)" in
  "Python 3.11."*) ;;
  *) echo "gen-level-answers: needs CPython 3.11 (found: $(python3 --version 2>&1))" >&2; exit 2 ;;
esac
python3 -c 'import yaml' 2>/dev/null || { echo "gen-level-answers: needs PyYAML (pip install pyyaml)" >&2; exit 2; }

out=src/test/resources/level-answers
all=0
if [[ $# -eq 0 ]]; then
  all=1
  set -- $(find levels -mindepth 2 -maxdepth 2 \( -name '*.yaml' -o -name '*.yml' \) ! -name 'chapter.y*ml' ! -name '.*' | sort)
fi

failed=0
written=()
for level in "$@"; do
  rel=${level#./}
  rel=${rel#levels/}
  [[ "$rel" == */* && "$level" != "$rel" ]] || { echo "gen-level-answers: $level is not a level under levels/CHAPTER/" >&2; failed=1; continue; }
  record="$out/${rel%.*}.json"
  mkdir -p "$(dirname "$record")"
  if python3 src/test/resources/levels/cpython_check.py --json "$level" > "$record.tmp"; then
    mv "$record.tmp" "$record"
    written+=("$record")
    echo "$record"
  else
    rm -f "$record.tmp"
    failed=1
  fi
done

if [[ $all -eq 1 && $failed -eq 0 ]]; then
  # A record whose level is gone would only confuse the next reader.
  while IFS= read -r stale; do
    [[ " ${written[*]} " == *" $stale "* ]] || { rm "$stale"; echo "removed stale $stale"; }
  done < <(find "$out" -name '*.json' | sort)
  find "$out" -mindepth 1 -type d -empty -delete
fi
exit $failed
