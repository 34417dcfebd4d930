"""Answers a heapquest level's questions with real CPython, to verify the engine's answers.

    python3.11 cpython_check.py LEVEL.yaml

Runs the level's program under sys.settrace and evaluates each question's expression at its
point: just before the marked line runs (its 'line' event) or just after it (the next 'line'
event in the same or an outer frame). Prints one line per question: its id and CPython's answer,
in the form heapquest displays answers (yes/no, a count, a repr, the printed text).

Used to make the expected values in HandReviewedLevelsTest; those levels ask only at module level,
where evaluating in the frame adds no references (function frames' f_locals would). Addresses
differ from the engine's, so 'id' questions are checked only in their 'changes' form, and 'freed'
questions are checked by hand (see the test). Needs PyYAML.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

# Installed as sitecustomize in the child process, so the program runs exactly as `python3 FILE`
# (a script, not exec(compile(...)), which differs in refcounts of constants and in gc counts).
TRACER = r'''
import io, json, os, sys

_probes = json.loads(os.environ["HQ_PROBES"])
_program = os.environ["HQ_PROGRAM"]
_results = {}
_counts = {}
_pending = []
_capturing = []


def _depth(frame):
    d = 0
    while frame is not None:
        d += 1
        frame = frame.f_back
    return d


class _Tee(io.StringIO):
    def write(self, s):
        for c in _capturing:
            c[2].append(s)
        return len(s)


def _evaluate(probe, frame):
    qid, _, _, _, expr, kind = probe
    g, loc = frame.f_globals, frame.f_locals
    if kind == "refcount":
        _results[qid] = str(sys.getrefcount(eval(expr, g, loc)) - 1)
    elif kind == "addr":
        _results[qid] = id(eval(expr, g, loc))
    elif kind == "bool":
        _results[qid] = "yes" if eval(expr, g, loc) else "no"
    else:
        _results[qid] = repr(eval(expr, g, loc))


def _tracer(frame, event, arg):
    if frame.f_code.co_filename != _program:
        return None
    if event != "line":
        return _tracer
    d = _depth(frame)
    for p in [p for p in _pending if d <= p[1]]:
        _pending.remove(p)
        _evaluate(p[0], frame)
    for c in [c for c in _capturing if d <= c[1]]:
        _capturing.remove(c)
        _results[c[0][0]] = "".join(c[2]).rstrip("\n")
    n = _counts[frame.f_lineno] = _counts.get(frame.f_lineno, 0) + 1
    for p in _probes:
        if p[1] == frame.f_lineno and p[3] == n:
            if p[2] == "before":
                _evaluate(p, frame)
            elif p[2] == "after":
                _pending.append((p, d))
            else:
                _capturing.append([p, d, []])
    if frame.f_lineno == _last and frame.f_code.co_name == "<module>":
        sys.settrace(None)
        with open(os.environ["HQ_OUT"], "w") as f:
            json.dump(_results, f)
    return _tracer


with open(_program) as _f:
    _last = len(_f.read().rstrip("\n").split("\n"))
sys.stdout = _Tee()
sys.settrace(_tracer)
'''


MARKER = re.compile(r"(?<![\w@.])@([A-Za-z_][A-Za-z0-9_]*)")


def markers(program):
    found = {}
    for n, line in enumerate(program.split("\n"), 1):
        if "#" in line:
            for m in MARKER.finditer(line[line.index("#"):]):
                found[m.group(1)] = n
    return found


def depth(frame):
    d = 0
    while frame is not None:
        d += 1
        frame = frame.f_back
    return d


def main(path):
    level = yaml.safe_load(open(path, encoding="utf-8"))
    program = level["program"] + "pass\n"
    lines = markers(level["program"])
    defaults = {"output": "after", "freed": "after"}
    probes = []  # (qid, line, timing, occurrence, expr, kind)
    for q in level["questions"]:
        kind = q["kind"]
        line = lines[q["marker"].lstrip("@")]
        occ = q.get("occurrence", 1)
        timing = q.get("timing", defaults.get(kind, "before"))
        if kind == "id" and q.get("changes"):
            probes.append((q["id"] + ":before", line, "before", occ, q["expr"], "addr"))
            probes.append((q["id"] + ":after", line, "after", occ, q["expr"], "addr"))
        elif kind == "same":
            a, b = q["exprs"]
            probes.append((q["id"], line, timing, occ, "(%s) is (%s)" % (a, b), "bool"))
        elif kind == "refcount":
            probes.append((q["id"], line, timing, occ, q["expr"], "refcount"))
        elif kind == "alive":
            probes.append((q["id"], line, timing, occ, "(%s)() is not None" % q["expr"], "bool"))
        elif kind == "value":
            probes.append((q["id"], line, timing, occ, q["expr"], "repr"))
        elif kind == "output":
            probes.append((q["id"], line, "span", occ, None, "output"))

    with tempfile.TemporaryDirectory() as tmp:
        prog = os.path.join(tmp, "program.py")
        with open(prog, "w", encoding="utf-8") as f:
            f.write(program)
        with open(os.path.join(tmp, "sitecustomize.py"), "w", encoding="utf-8") as f:
            f.write(TRACER)
        out = os.path.join(tmp, "results.json")
        env = dict(os.environ, PYTHONPATH=tmp, HQ_PROBES=json.dumps(probes), HQ_PROGRAM=prog, HQ_OUT=out)
        subprocess.run([sys.executable, prog], env=env, check=True, stdout=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            results = json.load(f)
    for q in level["questions"]:
        qid = q["id"]
        if q["kind"] == "id" and q.get("changes"):
            before, after = results.get(qid + ":before"), results.get(qid + ":after")
            print(qid, "yes" if before != after else "no")
        elif q["kind"] in ("id", "freed"):
            print(qid, "(check by hand)")
        else:
            print(qid, results.get(qid, "(not reached)"))


if __name__ == "__main__":
    main(sys.argv[1])
