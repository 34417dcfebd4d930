#!/usr/bin/env bash
# Render benchmark of the TUI: time per frame for a 200-object heap in a 160x50 terminal (p50/p99),
# the layout and a whole step; then the time from launch to the first drawn frame of
# `heapquest explore`, measured in tmux from the shell's exec to the frame appearing on the pane.
#   bench/render-bench.sh            both
#   bench/render-bench.sh --frames   frames only
#   bench/render-bench.sh --startup  startup only (needs tmux)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-all}"

mvn -q -B -o test-compile 2>/dev/null || mvn -q -B test-compile
M2="${HOME}/.m2/repository"
CP="target/classes:target/test-classes:${M2}/com/googlecode/lanterna/lanterna/3.1.5/lanterna-3.1.5.jar:${M2}/info/picocli/picocli/4.7.7/picocli-4.7.7.jar"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"

if [[ "$mode" != "--startup" ]]; then
    echo
    java -cp "$CP" heapquest.tui.RenderBenchmark
fi

if [[ "$mode" != "--frames" ]]; then
    if ! command -v tmux >/dev/null; then
        echo "startup: skipped (no tmux)"
        exit 0
    fi
    [[ -f target/heapquest.jar ]] || mvn -q -B -o -DskipTests package 2>/dev/null || mvn -q -B -DskipTests package
    work="$(mktemp -d)"
    trap 'tmux -L "hqbench$$" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
    cat > "$work/demo.py" <<'PY'
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

a = Node(1)
b = Node(2)
a.next = b
b.next = a
del a, b
PY
    # Measures launch (the shell's exec) to the first frame on the pane, polling every 5 ms.
    startup() { # what, command, sentinel
        local what="$1" cmd="$2" sentinel="$3" runs=7 times=()
        for i in $(seq "$runs"); do
            tmux -L "hqbench$$" -f /dev/null new-session -d -x 120 -y 36 \
                "cd '$PWD'; date +%s%N > '$work/t0'; exec $cmd"
            local t1=""
            for _ in $(seq 2000); do
                if tmux -L "hqbench$$" capture-pane -p 2>/dev/null | grep -q "$sentinel"; then
                    t1=$(date +%s%N)
                    break
                fi
                sleep 0.005
            done
            local t0
            t0=$(cat "$work/t0" 2>/dev/null || echo "")
            tmux -L "hqbench$$" send-keys q 2>/dev/null || true
            sleep 0.3
            tmux -L "hqbench$$" kill-server 2>/dev/null || true
            sleep 0.2
            if [[ -n "$t1" && -n "$t0" ]]; then
                times+=($(( (t1 - t0) / 1000000 )))
            fi
        done
        local sorted
        sorted=$(printf '%s\n' "${times[@]}" | sort -n)
        echo
        echo "startup, $what: launch to first drawn frame, ${#times[@]} runs:"
        echo "    median $(echo "$sorted" | sed -n "$(( (${#times[@]} + 1) / 2 ))p") ms   min $(echo "$sorted" | head -1) ms   max $(echo "$sorted" | tail -1) ms"
    }
    if java -jar target/heapquest.jar explore --help >/dev/null 2>&1; then
        startup "java -jar target/heapquest.jar explore" "java -jar $PWD/target/heapquest.jar explore $work/demo.py" "step 1/"
    else
        startup "explore (classes)" "java -cp $CP heapquest.tui.Launch $work/demo.py" "step 1/"
    fi
    # The game logs its own milestones (ms since the JVM started): the first frame is drawn before the
    # levels are read, the map when they are in. Polling the pane every 5 ms, as above, would take
    # CPU from the game on a 2-core machine, so here the log is read after each run.
    marks=()
    for i in $(seq 7); do
        log="$work/startup.$i"
        tmux -L "hqbench$$" -f /dev/null new-session -d -x 120 -y 36 \
            "cd '$PWD'; exec env HEAPQUEST_SAVES=$work/saves java -Dheapquest.startupLog=$log -jar target/heapquest.jar"
        for _ in $(seq 100); do grep -q "levels: loaded" "$log" 2>/dev/null && break; sleep 0.1; done
        sleep 0.3
        tmux -L "hqbench$$" send-keys q 2>/dev/null || true
        sleep 0.3
        tmux -L "hqbench$$" kill-server 2>/dev/null || true
        marks+=("$(grep -m1 'first frame drawn' "$log" | cut -d' ' -f1) $(grep -m1 'levels: loaded' "$log" | cut -d' ' -f1)")
    done
    median() { sort -n | sed -n "$(( (${#marks[@]} + 1) / 2 ))p"; }
    echo
    echo "startup, the game (heapquest with no arguments), ms since the JVM started, ${#marks[@]} runs (plus the java launcher's own start):"
    echo "    first frame: median $(printf '%s\n' "${marks[@]}" | cut -d' ' -f1 | median) ms;" \
         "levels read (the map follows): median $(printf '%s\n' "${marks[@]}" | cut -d' ' -f2 | median) ms"
fi
