#!/usr/bin/env python3
"""Each `regex` pattern's own time on unseen archive articles, under two Pythons (two `regex` versions).

    python benchmarks/regex_calls.py record /tmp/calls.pickle [--warm 100 --n 400] [--police]
    python benchmarks/regex_calls.py compare /tmp/calls.pickle --a-python OLD/bin/python --b-python NEW/bin/python [--runs 6]

`record`: `regex.compile` (and `regex.search`/`sub`/... at module level) are wrapped before
polsek_nlp is imported, the pattern cache folder is a fresh one (so every pattern is compiled
through the wrapper), and every call a pattern answers while `analyze` reads the measured articles
is written down: the pattern, its flags, the method, its arguments (a callable replacement as a
marker), how many items of an iterator were taken, and who compiled it (module:function).
`compare`: replays the calls in fresh processes, A and B alternately (`--runs` each), each
pattern's calls timed together in CPU time (the best of `--repeat` passes in a process), and prints the
patterns whose time moves most, the total, and whether every call's answer is the same under
both (spans, groups, substituted text). The replay runs only the `regex` engine, so the total is
what `regex` costs an article under each version, apart from the Python around the calls.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT.parent / "shared" / "corpora" / "archive" / "indosum-2017-a.jsonl"
_CALLABLE = "<callable>"
_ITER = ("finditer", "splititer")


class _Log:
    on = False
    strings: dict[str, int] = {}
    calls: list[list] = []  # [key, method, args, kwargs, taken]
    owners: dict[tuple[str, int], str] = {}


def _intern(v: object) -> object:
    if isinstance(v, str):
        return ("S", _Log.strings.setdefault(v, len(_Log.strings)))
    if callable(v):
        return _CALLABLE
    return v


class _Counted:
    def __init__(self, it, entry):
        self._it, self._entry = it, entry

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self._it)
        self._entry[4] += 1
        return item


def _rebuild(pattern, flags):
    return _compile(pattern, flags)


class _Recorded:
    """A compiled pattern whose calls are written down while `_Log.on`."""

    def __init__(self, real, key):
        self._real, self._key = real, key

    def __getattr__(self, name):
        attr = getattr(self._real, name)
        if not callable(attr) or name.startswith("_"):
            return attr

        def call(*args, **kwargs):
            out = attr(*args, **kwargs)
            if _Log.on:
                entry = [self._key, name, tuple(_intern(a) for a in args),
                         {k: _intern(v) for k, v in kwargs.items()}, 0]
                _Log.calls.append(entry)
                if name in _ITER:
                    return _Counted(out, entry)
            return out
        call.__self__ = self._real  # a bound method's owner, as the tokenizer's gates read it
        return call

    def __reduce__(self):
        return (_rebuild, self._key)


def _owner() -> str:
    f = sys._getframe(2)
    while f is not None and (f.f_globals.get("__name__", "") in ("regex", "regex.regex", "__main__")
                             or f.f_globals.get("__name__", "").endswith("lang.patterns")):
        f = f.f_back
    return f"{f.f_globals.get('__name__', '?')}:{f.f_code.co_name}" if f is not None else "?"


_real_compile = None
_made: dict = {}


def _compile(pattern, flags=0, **kwargs):
    if isinstance(pattern, _Recorded):
        return pattern
    if not isinstance(pattern, str) or kwargs:
        return _real_compile(pattern, flags, **kwargs)
    key = (pattern, int(flags))
    if key not in _made:
        _made[key] = _Recorded(_real_compile(pattern, flags), key)
        _Log.owners.setdefault(key, _owner())
    return _made[key]


def _wrap_module(regex) -> None:
    global _real_compile
    _real_compile = regex.compile
    regex.compile = _compile
    for name in ("search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split"):
        def fn(pattern, *args, _name=name, flags=0, **kwargs):
            return getattr(_compile(pattern, flags), _name)(*args, **kwargs)
        setattr(regex, name, fn)


def record(out: str, warm: int, n: int, police: bool) -> None:
    os.environ["POLSEK_NLP_CACHE"] = tempfile.mkdtemp(prefix="regex_calls_")
    import regex
    _wrap_module(regex)
    import polsek_nlp
    texts = [json.loads(line)["text"] for line in open(ARCHIVE, encoding="utf-8")]
    if police:
        from polsek_nlp.recognize.incident_gate import may_report_incident
        texts = [t for t in texts if may_report_incident(t)]
    for t in texts[:warm]:
        polsek_nlp.analyze(t)
    _Log.on = True
    for t in texts[warm:warm + n]:
        polsek_nlp.analyze(t)
    _Log.on = False
    strings = [None] * len(_Log.strings)
    for s, k in _Log.strings.items():
        strings[k] = s
    with open(out, "wb") as fh:
        pickle.dump({"version": regex.__version__, "n": n, "strings": strings, "calls": _Log.calls,
                     "owners": _Log.owners}, fh, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"{len(_Log.calls)} calls of {len({c[0] for c in _Log.calls})} patterns "
          f"({len(_made)} compiled) on {n} articles, regex {regex.__version__}")


def _answer(out) -> object:
    if out is None or isinstance(out, (str, int, bool)):
        return out
    if hasattr(out, "span") and hasattr(out, "groups"):
        return (out.span(), out.groups())
    if isinstance(out, tuple):
        return tuple(_answer(o) for o in out)
    return [_answer(o) for o in out]


def _prepared(data: dict, regex) -> dict:
    strings = data["strings"]

    def back(v):
        if isinstance(v, tuple) and len(v) == 2 and v[0] == "S":
            return strings[v[1]]
        return (lambda m: m.group(0)) if v == _CALLABLE else v
    by_key: dict = {}
    for key, method, args, kwargs, taken in data["calls"]:
        by_key.setdefault(key, []).append((method, tuple(back(a) for a in args),
                                           {k: back(v) for k, v in kwargs.items()}, taken))
    return {key: (regex.compile(*key), calls) for key, calls in by_key.items()}


def _run_calls(pattern, calls, answers=None):
    for method, args, kwargs, taken in calls:
        out = getattr(pattern, method)(*args, **kwargs)
        if method in _ITER:
            out = [o for _, o in zip(range(taken), out, strict=False)]
        if answers is not None:
            answers.update(repr(_answer(out)).encode())


def replay(path: str, repeat: int) -> None:
    import regex
    with open(path, "rb") as fh:
        data = pickle.load(fh)
    todo = _prepared(data, regex)
    times, digests = {}, {}
    for k, (pattern, calls) in enumerate(todo.values()):
        h = hashlib.sha1()
        _run_calls(pattern, calls, h)
        digests[k] = h.hexdigest()
        best = float("inf")
        for _ in range(repeat):
            t0 = time.process_time()
            _run_calls(pattern, calls)
            best = min(best, time.process_time() - t0)
        times[k] = best
    print(json.dumps({"version": regex.__version__, "times": times, "digests": digests}))


def compare(path: str, a_python: str, b_python: str, runs: int, repeat: int, top: int) -> None:
    with open(path, "rb") as fh:
        data = pickle.load(fh)
    keys = list(_prepared(data, __import__("regex")).keys())
    n = data["n"]
    res: dict[str, list] = {"A": [], "B": []}
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    for i in range(runs):
        for side, py in (("A", a_python), ("B", b_python)) if i % 2 == 0 else (("B", b_python), ("A", a_python)):
            out = subprocess.run([py, str(Path(__file__).resolve()), "replay", path, "--repeat", str(repeat)], env=env,
                                 capture_output=True, text=True, check=True)
            res[side].append(json.loads(out.stdout.strip().splitlines()[-1]))
    va, vb = res["A"][0]["version"], res["B"][0]["version"]
    med = {s: {k: statistics.median(r["times"][str(k)] for r in res[s]) for k in range(len(keys))} for s in res}
    tot = {s: [sum(r["times"].values()) * 1000 / n for r in res[s]] for s in res}
    same = [k for k in range(len(keys)) if res["A"][0]["digests"][str(k)] == res["B"][0]["digests"][str(k)]]
    print(f"A regex {va}, B regex {vb}; {len(keys)} patterns, {len(data['calls'])} calls on {n} articles; "
          f"{runs} processes each, alternating (A first in odd runs, B first in even), best of {repeat} a process")
    print(f"total ms an article: A {statistics.median(tot['A']):.3f} ({min(tot['A']):.3f}-{max(tot['A']):.3f}), "
          f"B {statistics.median(tot['B']):.3f} ({min(tot['B']):.3f}-{max(tot['B']):.3f}); "
          f"B/A per run {' '.join(f'{b / a:.3f}' for a, b in zip(tot['A'], tot['B'], strict=True))}")
    print(f"answers identical for {len(same)} of {len(keys)} patterns")
    for k in range(len(keys)):
        if k not in same:
            print(f"  DIFFERENT: {data['owners'].get(keys[k], '?')} {keys[k][0][:100]!r}")
    rows = sorted(range(len(keys)), key=lambda k: -(med["B"][k] - med["A"][k]))
    print("\nlargest B-A (us an article), then B/A, calls, owner, pattern (first 90 characters):")
    for k in rows[:top]:
        ncalls = sum(1 for c in data["calls"] if c[0] == keys[k])
        print(f"{(med['B'][k] - med['A'][k]) * 1e6 / n:8.1f} {med['B'][k] / max(med['A'][k], 1e-12):6.2f} {ncalls:7d} "
              f"{data['owners'].get(keys[k], '?')} {keys[k][0][:90]!r}")
    print("\nlargest A-B (A slower):")
    for k in rows[-5:]:
        print(f"{(med['B'][k] - med['A'][k]) * 1e6 / n:8.1f} {med['B'][k] / max(med['A'][k], 1e-12):6.2f} "
              f"{data['owners'].get(keys[k], '?')} {keys[k][0][:90]!r}")
    print("\nlargest by B's time:")
    for k in sorted(range(len(keys)), key=lambda k: -med["B"][k])[:top]:
        print(f"{med['B'][k] * 1e6 / n:8.1f} us (A {med['A'][k] * 1e6 / n:8.1f}) {data['owners'].get(keys[k], '?')} {keys[k][0][:90]!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("record", "replay", "compare"))
    ap.add_argument("path")
    ap.add_argument("--warm", type=int, default=100)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--police", action="store_true")
    ap.add_argument("--a-python", default=sys.executable)
    ap.add_argument("--b-python", default=sys.executable)
    ap.add_argument("--runs", type=int, default=6)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    if not ARCHIVE.exists():
        print(f"skipped: {ARCHIVE} not found")
        return 0
    if args.mode == "record":
        record(args.path, args.warm, args.n, args.police)
    elif args.mode == "replay":
        replay(args.path, args.repeat)
    else:
        compare(args.path, args.a_python, args.b_python, args.runs, args.repeat, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
