"""Answers a heapquest level's questions with real CPython, to verify the engine's answers.

    python3.11 cpython_check.py LEVEL.yaml           one line per question: its id and CPython's answer
    python3.11 cpython_check.py --json LEVEL.yaml    the record bench/gen-level-answers.sh checks in

Runs the level's program as a script (`python3 FILE`) under sys.settrace and evaluates each
question's expression at its point, as the engine's probes do: just before the marked line runs (its
first 'line' event) or just after it (the next step in the same or an outer frame). A step is the
start of a statement: line events for the other lines of a statement that spans several lines, for
`except`/`else` clauses and inside comprehensions are not steps (the engine has none there; a
lambda's body is one, as in the engine). Answers are in the form heapquest displays them (yes/no, a count, a repr, the printed text).
What a line prints is taken from a second, untraced run (each write the traced run saw while the
line ran, by position), so it is exactly what `python3 FILE` prints.

Exact inside functions too: reading a function frame's f_locals (in 3.11) copies its locals into a
dict that keeps a reference to each of them for as long as the frame lives. The tracer subtracts
that dict's references from a count and then empties the dict (after marking the frame's locals as
in sync, so CPython does not copy the empty dict back), so nothing the program does later sees
them. As checks, the traced run must write as many times as the untraced one, the cyclic collector
must run the same collections in both (else automatic collection could move a death: use
gc.disable()), and two runs with different hash seeds must give the same answers. A 'value'
question that calls gc.get_count() is answered by an untraced run instead, with the probe written
into the program at its line (module level, simple statements): the tracer makes and frees
containers of its own, which moves the collector's count. Other expressions that read the
collector's counts or object lists (gc.get_objects() ...) are left to check by hand.

Addresses differ from the engine's, so 'id' questions are checked only in their 'changes' form;
'freed' questions are checked by hand (write a small script with weakref callbacks or __del__ prints).
Needs PyYAML.
"""
import ast
import hashlib
import json
import os
import platform
import re
import subprocess
import sys
import tempfile

import yaml

# Installed as sitecustomize in both runs of the program (traced and not), so the program runs as
# `python3 FILE` does (a script, not exec(compile(...)), which differs in refcounts of constants and
# in gc counts). It records what the program writes to stdout, one item per write, and the
# collections the cyclic collector makes. It imports nothing new and keeps only strings and ints,
# which the collector does not track, so the untraced run collects when `python3 FILE` would.
RECORDER = r'''
import atexit, gc, io, os, sys

_writes = []
_collections = []   # generation, collected, uncollectable of each collection, flat


class _Recorder(io.TextIOBase):
    def __init__(self, real):
        self._real = real

    def write(self, s):
        # a copy: keeping s itself would add a reference to a str the program printed
        _writes.append(s.encode("utf-8", "surrogatepass"))
        return self._real.write(s)

    def flush(self):
        self._real.flush()


def _on_collection(phase, info):
    if phase == "stop":
        _collections.extend((info["generation"], info["collected"], info["uncollectable"]))


@atexit.register
def _save_run():
    with open(os.environ["HQ_RUN"], "w") as f:
        f.write(repr({"writes": _writes, "collections": _collections}))


sys.stdout = _Recorder(sys.stdout)
'''

# Last in sitecustomize: collections before the program starts are not the program's.
WATCH_COLLECTIONS = "gc.callbacks.append(_on_collection)\n"

# Added to RECORDER for the traced run.
TRACER = r'''
import ctypes, json

_probes = json.loads(os.environ["HQ_PROBES"])
_steps = json.loads(os.environ["HQ_STEPS"])   # statement start line -> the lines of its header
_owner = {line: int(start) for start, lines in _steps.items() for line in lines}
_program = os.environ["HQ_PROGRAM"]
_results = {}
_counts = {}
_pending = []
_capturing = []
_last_line = {}   # id(frame) -> the line of its previous line event
# Frames of code that the engine runs within the step of its line (it evaluates comprehensions and
# generator expressions eagerly); a lambda's body, by contrast, is a step of its own there too.
_NOT_STEPS = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"}
_frame_locals_to_fast = ctypes.pythonapi.PyFrame_LocalsToFast
_frame_locals_to_fast.argtypes = [ctypes.py_object, ctypes.c_int]
_frame_locals_to_fast.restype = None


def _depth(frame):
    d = 0
    while frame is not None:
        d += 1
        frame = frame.f_back
    return d


def _answer(kind, v, held_by_locals):
    if kind == "refcount":
        # minus getrefcount's argument, this v and the caller's, and the frame's locals dict
        return str(sys.getrefcount(v) - 3 - held_by_locals)
    if kind == "addr":
        return id(v)
    if kind == "bool":
        return "yes" if v else "no"
    return repr(v)


def _evaluate(probe, frame):
    qid, _, _, _, expr, kind = probe
    g = frame.f_globals
    loc = frame.f_locals
    try:
        v = eval(expr, g, loc)
        held = 0 if loc is g else sum(1 for x in loc.values() if x is v)
        _results[qid] = _answer(kind, v, held)
        del v
    except Exception as e:
        _results[qid] = {"error": "%s: %s" % (type(e).__name__, e)}
    if loc is not g:
        # f_locals is the frame's own dict: mark it in sync (LocalsToFast with clear=0 writes back
        # the same objects) so CPython will not copy it back, then let go of its references.
        _frame_locals_to_fast(frame, 0)
        loc.clear()


def _is_step(frame):
    """Whether this line event starts a step, as the engine counts steps."""
    key = id(frame)
    line = frame.f_lineno
    previous = _last_line.get(key)
    _last_line[key] = line
    if _owner.get(line) != line:
        return False          # another line of a statement, or a clause like except:
    # back at the first line of a statement from one of its own later lines: the same step
    return previous is None or previous == line or _owner.get(previous) != line


def _tracer(frame, event, arg):
    if frame.f_code.co_filename != _program or frame.f_code.co_name in _NOT_STEPS:
        return None
    if event == "return":
        _last_line.pop(id(frame), None)
        return _tracer
    if event != "line" or not _is_step(frame):
        return _tracer
    d = _depth(frame)
    for p in [p for p in _pending if d <= p[1]]:
        _pending.remove(p)
        _evaluate(p[0], frame)
    for c in [c for c in _capturing if d <= c[1]]:
        _capturing.remove(c)
        _results[c[0][0]] = {"writes": [c[2], len(_writes)]}
    n = _counts[frame.f_lineno] = _counts.get(frame.f_lineno, 0) + 1
    for p in _probes:
        if p[1] == frame.f_lineno and p[3] == n:
            if p[2] == "before":
                _evaluate(p, frame)
            elif p[2] == "after":
                _pending.append((p, d))
            else:
                _capturing.append([p, d, len(_writes)])
    if frame.f_lineno == _last and frame.f_code.co_name == "<module>":
        sys.settrace(None)
        with open(os.environ["HQ_OUT"], "w") as f:
            json.dump(_results, f)
    return _tracer


with open(_program) as _f:
    _last = len(_f.read().rstrip("\n").split("\n"))
sys.settrace(_tracer)
'''

MARKER = re.compile(r"(?<![\w@.])@([A-Za-z_][A-Za-z0-9_]*)")

# The form of the hash in the record; change it (and the Java side) if the hashed fields change.
HASH_VERSION = "heapquest-level-answers 1"

BY_HAND = {
    "id": "an absolute id: CPython's addresses are not the engine's (ask 'changes' or id differences "
          "to compare with CPython)",
    "freed": "which objects a line frees: check with a python3 script of weakref callbacks or "
             "__del__ prints",
}


# The tracer's own frames and lists are counted by the collector, so under it these differ.
COLLECTOR_STATS = re.compile(r"\bget_(count|objects|referrers|referents|stats)\b")
BY_HAND_STATS = ("the collector's counts and object lists: the tracer's own objects change them (output "
                 "questions are answered from an untraced run; check this one with python3 by hand)")


class CheckError(Exception):
    pass


def markers(program):
    found = {}
    for n, line in enumerate(program.split("\n"), 1):
        if "#" in line:
            for m in MARKER.finditer(line[line.index("#"):]):
                found[m.group(1)] = n
    return found


def steps(program):
    """Statement start line -> every line of the statement's own part (a compound statement's header)."""
    out = {}
    for node in ast.walk(ast.parse(program)):
        if not isinstance(node, ast.stmt):
            continue
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
            end = max(node.lineno, body[0].lineno - 1)
        else:
            end = node.end_lineno
        out.setdefault(node.lineno, set()).update(range(node.lineno, end + 1))
    return {start: sorted(lines) for start, lines in out.items()}


def load(path):
    # BaseLoader reads every value as the text written, as heapquest does (no YAML 1.1 booleans).
    with open(path, encoding="utf-8-sig") as f:
        level = yaml.load(f, Loader=yaml.BaseLoader)
    questions = []
    for q in level["questions"]:
        kind = q["kind"].strip()
        changes = kind == "id" and str(q.get("changes", "false")).strip().lower() in ("true", "yes")
        timing = q.get("timing", "after" if kind in ("output", "freed") else "before").strip()
        if changes:
            timing = "before"
        exprs = q["exprs"] if "exprs" in q else ([q["expr"]] if "expr" in q else [])
        questions.append({
            "id": q["id"].strip(), "kind": kind, "marker": q["marker"].strip().lstrip("@"),
            "timing": timing, "occurrence": int(q.get("occurrence", "1")), "changes": changes,
            "exprs": [e.strip() for e in exprs],
        })
    return level, questions


def level_hash(program, questions):
    """SHA-256 of what decides the answers: the program and each question's point and expressions.
    BundledPackMatchesCPythonTest computes the same from the loaded level."""
    parts = [HASH_VERSION, program]
    for q in questions:
        parts.append("\x1f".join([q["id"], q["kind"], q["marker"], q["timing"], str(q["occurrence"]),
                                  "true" if q["changes"] else "false"] + q["exprs"]))
    return "sha256:" + hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def probes_for(questions, lines):
    probes = []  # (qid, line, timing, occurrence, expr, kind)
    for q in questions:
        kind, qid, occ, timing = q["kind"], q["id"], q["occurrence"], q["timing"]
        line = lines.get(q["marker"])
        if line is None:
            raise CheckError("question '%s': marker @%s is not in the program" % (qid, q["marker"]))
        if kind == "id" and q["changes"]:
            probes.append((qid + ":before", line, "before", occ, q["exprs"][0], "addr"))
            probes.append((qid + ":after", line, "after", occ, q["exprs"][0], "addr"))
        elif kind == "same":
            a, b = q["exprs"]
            probes.append((qid, line, timing, occ, "(%s) is (%s)" % (a, b), "bool"))
        elif kind == "refcount":
            probes.append((qid, line, timing, occ, q["exprs"][0], "refcount"))
        elif kind == "alive":
            probes.append((qid, line, timing, occ, "(%s)() is not None" % q["exprs"][0], "bool"))
        elif kind == "value":
            probes.append((qid, line, timing, occ, q["exprs"][0], "repr"))
        elif kind == "output":
            probes.append((qid, line, "span", occ, None, "output"))
    return probes


def run(program, probes, step_lines, hash_seed):
    """Runs the program untraced and traced: returns the probe results, with each output question's
    text taken from the untraced run (the tracer's own objects change what gc.get_count() prints)."""
    with tempfile.TemporaryDirectory() as tmp:
        prog = os.path.join(tmp, "program.py")
        with open(prog, "w", encoding="utf-8") as f:
            f.write(program)
        runs = {}
        for mode, site in (("untraced", RECORDER + WATCH_COLLECTIONS),
                           ("traced", RECORDER + TRACER + WATCH_COLLECTIONS)):
            folder = os.path.join(tmp, mode)
            os.mkdir(folder)
            with open(os.path.join(folder, "sitecustomize.py"), "w", encoding="utf-8") as f:
                f.write(site)
            env = dict(os.environ, PYTHONHASHSEED=str(hash_seed), PYTHONPATH=folder,
                       HQ_RUN=os.path.join(folder, "run.txt"), HQ_OUT=os.path.join(folder, "results.json"),
                       HQ_PROBES=json.dumps(probes), HQ_PROGRAM=prog, HQ_STEPS=json.dumps(step_lines))
            done = subprocess.run([sys.executable, prog], env=env, capture_output=True, text=True, cwd=tmp)
            if done.returncode != 0 or not os.path.exists(env["HQ_RUN"]):
                raise CheckError("the program failed under CPython (%s):\n%s" % (mode, done.stderr.strip()))
            with open(env["HQ_RUN"], encoding="utf-8") as f:
                runs[mode] = ast.literal_eval(f.read())
        if not os.path.exists(os.path.join(tmp, "traced", "results.json")):
            raise CheckError("the tracer did not reach the program's last line")
        with open(os.path.join(tmp, "traced", "results.json"), encoding="utf-8") as f:
            results = json.load(f)
    plain, traced = runs["untraced"], runs["traced"]
    if telling(plain["collections"]) != telling(traced["collections"]):
        raise CheckError("the collector runs differently under the tracer (untraced: %s; traced: %s): its "
                         "automatic collections would make the answers inexact; call gc.disable() in the "
                         "program (and gc.collect() where it should collect)"
                         % (collections(telling(plain["collections"])), collections(telling(traced["collections"]))))
    if len(plain["writes"]) != len(traced["writes"]):
        raise CheckError("the program writes %d times untraced but %d times traced"
                         % (len(plain["writes"]), len(traced["writes"])))
    for qid, r in results.items():
        if isinstance(r, dict) and "writes" in r:
            start, end = r["writes"]
            results[qid] = b"".join(plain["writes"][start:end]).decode("utf-8", "surrogatepass").rstrip("\n")
    return results


def telling(flat):
    """The collections that can change an answer: those that freed something, and full ones (which
    gc.collect() makes). The tracer's own objects move the others, which only age survivors."""
    runs = [tuple(flat[i:i + 3]) for i in range(0, len(flat), 3)]
    return [r for r in runs if r[0] == 2 or r[1] or r[2]]


def collections(runs):
    return ", ".join("generation %d: %d collected" % r[:2] for r in runs) if runs else "none"


GC_COUNT = re.compile(r"\bgc\.get_count\s*\(")
# Statements after which the next statement of the same block is the next step.
PLAIN_STATEMENTS = (ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Delete, ast.Pass,
                    ast.Import, ast.ImportFrom)


def counts_gc(q):
    return q["kind"] == "value" and bool(GC_COUNT.search(q["exprs"][0]))


def untraced_probe(program, q, line, hash_seed):
    """Answers a gc.get_count() question by running the program untraced with the probe written in:
    a counter of the line's runs and, at the asked run, the repr of the expression. gc.get_count()
    reads the counts before it makes its tuple, and only that one value is read in the run."""
    node = next((n for n in ast.walk(ast.parse(program)) if isinstance(n, ast.stmt) and n.lineno == line), None)
    in_function = any(isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                      and f.lineno < line <= f.end_lineno for f in ast.walk(ast.parse(program)))
    if not isinstance(node, PLAIN_STATEMENTS) or in_function:
        raise CheckError("question '%s': a gc.get_count() question must be at a simple statement at "
                         "module level (it is answered by an untraced run)" % q["id"])
    lines = program.split("\n")
    indent = lines[line - 1][:len(lines[line - 1]) - len(lines[line - 1].lstrip())]
    probe = [indent + "__hq_runs += 1",
             indent + "if __hq_runs == %d:" % q["occurrence"],
             indent + "    __hq_value = repr(%s)" % q["exprs"][0]]
    at = line - 1 if q["timing"] == "before" else node.end_lineno
    patched = (["__hq_runs = 0", "__hq_value = None"] + lines[:at] + probe + lines[at:]
               + ["import sys as __hq_sys", "__hq_sys.stderr.write('\\n\\0hq:%s\\n' % __hq_value)"])
    with tempfile.TemporaryDirectory() as tmp:
        prog = os.path.join(tmp, "program.py")
        with open(prog, "w", encoding="utf-8") as f:
            f.write("\n".join(patched))
        env = dict(os.environ, PYTHONHASHSEED=str(hash_seed))
        done = subprocess.run([sys.executable, prog], env=env, capture_output=True, text=True, cwd=tmp)
    value = done.stderr.rpartition("\0hq:")[2].rstrip("\n")
    if done.returncode != 0 or "\0hq:" not in done.stderr or value == "None":
        raise CheckError("question '%s': the untraced run did not reach it:\n%s" % (q["id"], done.stderr.strip()))
    return value


def answers(path):
    """CPython's answer for each question it can answer, and the reason for each it cannot."""
    level, questions = load(path)
    program = level["program"] + "pass\n"
    probes = probes_for([q for q in questions if not counts_gc(q)], markers(level["program"]))
    step_lines = steps(program)
    found, by_hand = collect(questions, run(program, probes, step_lines, 0))
    again = collect(questions, run(program, probes, step_lines, 1))[0]
    differ = ["%s (%r, then %r)" % (q, found[q], again.get(q)) for q in found if found[q] != again.get(q)]
    if differ:
        raise CheckError("answers differ between two runs (hash seeds 0 and 1; addresses differ from run "
                         "to run): " + "; ".join(differ))
    lines = markers(level["program"])
    for q in questions:
        if counts_gc(q):
            found[q["id"]] = untraced_probe(program, q, lines[q["marker"]], 0)
            if untraced_probe(program, q, lines[q["marker"]], 1) != found[q["id"]]:
                raise CheckError("question '%s': the answers differ between runs (hash seeds 0 and 1)" % q["id"])
    return level, questions, found, by_hand


def collect(questions, results):
    """The answers in heapquest's form from one run's probe results."""
    found, by_hand = {}, {}
    for q in questions:
        qid = q["id"]
        if q["kind"] == "id" and q["changes"]:
            before, after = results.get(qid + ":before"), results.get(qid + ":after")
            got = None if before is None or after is None else ("yes" if before != after else "no")
        elif q["kind"] in BY_HAND:
            by_hand[qid] = BY_HAND[q["kind"]]
            continue
        elif counts_gc(q):
            continue          # answered by untraced_probe
        elif any(COLLECTOR_STATS.search(e) for e in q["exprs"]):
            by_hand[qid] = BY_HAND_STATS
            continue
        else:
            got = results.get(qid)
        if got is None:
            raise CheckError("question '%s': its line (@%s, occurrence %d) is never reached under CPython"
                             % (qid, q["marker"], q["occurrence"]))
        if isinstance(got, dict):
            raise CheckError("question '%s': CPython fails to evaluate it: %s" % (qid, got["error"]))
        found[qid] = got
    return found, by_hand


def main(argv):
    as_json = argv[:1] == ["--json"]
    args = argv[1:] if as_json else argv
    if len(args) != 1:
        print("usage: cpython_check.py [--json] LEVEL.yaml", file=sys.stderr)
        return 2
    path = args[0]
    try:
        level, questions, found, by_hand = answers(path)
    except CheckError as e:
        print("%s: %s" % (path, e), file=sys.stderr)
        return 1
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, SyntaxError) as e:
        # a level heapquest validate would reject: say so in one line (validate has the details)
        what = "missing key %s" % e if isinstance(e, KeyError) else str(e).replace("\n", " ")
        print("%s: cannot read the level (%s); run heapquest validate on it" % (path, what), file=sys.stderr)
        return 1
    if as_json:
        record = {
            "level": level["id"].strip(),
            "hash": level_hash(level["program"], questions),
            "python": platform.python_version(),
            "answers": found,
            "byHand": by_hand,
        }
        print(json.dumps(record, indent=2, ensure_ascii=False))
        return 0
    for q in questions:
        qid = q["id"]
        print(qid, found[qid] if qid in found else "(check by hand)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
