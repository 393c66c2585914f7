#!/usr/bin/env python3
"""Contract checks of a kith-server against its OpenAPI document, with tools that know nothing
of Kith:

  run.py validate BASE_URL   openapi-spec-validator (OpenAPI 3.1) on the committed
                             api/openapi.json and on the served /api/v1/openapi.json, which
                             must be the same document.
  run.py fuzz BASE_URL       Schemathesis 4 (schemathesis.toml, hooks.py) generating requests
                             from api/openapi.json against a fresh server (any backend, in
                             fact): seeds it (world.py), then fuzzes as a member and again
                             anonymously, within KITH_FUZZ_SECONDS (default 150) in all.

Fails on a 5xx, on any answer the document does not allow (status, content type, body schema,
headers), and on a schema-valid request refused with 400 or 422. Reports go to .tmp/contract/.
"""
import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the tree
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / ".tmp" / "contract"


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as resp:
        return resp.read()


def validate(base):
    from openapi_spec_validator import validate as check
    from openapi_spec_validator.readers import read_from_filename

    committed_path = ROOT / "api" / "openapi.json"
    committed, _ = read_from_filename(str(committed_path))
    check(committed)
    served = json.loads(fetch(base.rstrip("/") + "/api/v1/openapi.json"))
    check(served)
    if served != committed:
        sys.exit("the served document differs from api/openapi.json (rebuild the server or regenerate it)")
    ops = sum(len(v) for v in served["paths"].values())
    print(f"openapi-spec-validator: api/openapi.json and the served document are valid OpenAPI "
          f"{served['openapi']} ({len(served['paths'])} paths, {ops} operations, "
          f"{len(served['components']['schemas'])} schemas)")


def schemathesis(base, env, name, seconds, extra):
    report = OUT / f"{name}.junit.xml"
    cmd = [
        sys.executable, "-m", "schemathesis.cli",
        "--config-file", str(HERE / "schemathesis.toml"),
        "run", str(ROOT / "api" / "openapi.json"),
        "--url", base.rstrip("/") + "/api/v1",
        "--max-time", str(seconds),
        "--report", "junit", "--report-junit-path", str(report),
        "--no-color",
        *extra,
    ]
    t0 = time.time()
    log = OUT / f"{name}.log"
    with open(log, "w") as f:
        # In .tmp/contract, where Hypothesis and Schemathesis keep their caches out of the tree.
        proc = subprocess.run(cmd, env=env, stdout=f, stderr=subprocess.STDOUT, cwd=OUT)
    elapsed = time.time() - t0
    text = log.read_text(errors="replace")
    return proc.returncode, elapsed, text, log


def summary_lines(text):
    """Schemathesis's own summary block (from its SUMMARY header to the end)."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if "SUMMARY" in line:
            return lines[i:]
    return lines[-40:]


def statuses(base, since_line):
    """What the server answered, per operation, from the request log scripts/test keeps
    (.tmp/server-PORT.log); None when there is no such log."""
    import collections
    import re

    log = ROOT / ".tmp" / f"server-{base.rstrip('/').rsplit(':', 1)[-1]}.log"
    if not log.exists():
        return None
    doc = json.loads((ROOT / "api" / "openapi.json").read_text())
    templates = []
    for path, item in doc["paths"].items():
        rx = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        templates += [(m.upper(), path, rx) for m in item]
    templates.sort(key=lambda t: (t[1].count("{"), -len(t[1])))
    counts = collections.defaultdict(collections.Counter)
    for line in log.read_text(errors="replace").splitlines()[since_line:]:
        parts = line.split()
        if len(parts) < 3 or not parts[1].startswith("/api/v1/"):
            continue
        method, path = parts[0], parts[1].split("?")[0][len("/api/v1"):]
        op = next((f"{m} {p}" for m, p, rx in templates if m == method and rx.match(path)), None)
        if op:
            counts[op][parts[2]] += 1
    return counts


def log_lines(base):
    log = ROOT / ".tmp" / f"server-{base.rstrip('/').rsplit(':', 1)[-1]}.log"
    return len(log.read_text(errors="replace").splitlines()) if log.exists() else 0


def fuzz(base):
    sys.path.insert(0, str(HERE))
    import world as world_mod

    OUT.mkdir(parents=True, exist_ok=True)
    budget = int(os.environ.get("KITH_FUZZ_SECONDS", "150"))
    t0 = time.time()
    world = world_mod.seed(base)
    world_path = OUT / "world.json"
    world_path.write_text(json.dumps(world, indent=1))
    print(f"seeded {base}: groups {world['slug']}, {world['archive_slug']}, {world['private_slug']}; "
          f"{len(world['posts']) + len(world['spare_posts'])} posts, {len(world['reports'])} reports "
          f"({time.time() - t0:.1f} s)")
    env = dict(os.environ)
    env["KITH_FUZZ_WORLD"] = str(world_path)
    env["KITH_FUZZ_BASE"] = base
    env["KITH_FUZZ_HOOKS"] = str(HERE / "hooks.py")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / ".tmp" / "pydeps"), env.get("PYTHONPATH")]))
    member_seconds = max(30, budget * 3 // 4)
    anonymous_seconds = max(15, budget - member_seconds)
    passes = [
        ("member", member_seconds, {"KITH_FUZZ_TOKEN": world["owner"]["token"]}, []),
        ("anonymous", anonymous_seconds, {}, []),
    ]
    failed = []
    results = []
    first_line = log_lines(base)
    for name, seconds, extra_env, args in passes:
        code, elapsed, text, log = schemathesis(base, {**env, **extra_env}, name, seconds, args)
        results.append((name, code, elapsed, log))
        print(f"\n---- schemathesis, {name} pass ({elapsed:.0f} s, exit {code}; full log {log.relative_to(ROOT)}) ----")
        print("\n".join(summary_lines(text)))
        if code != 0:
            failed.append(name)
    counts = statuses(base, first_line)
    if counts is not None:
        table = OUT / "statuses.txt"
        with open(table, "w") as f:
            for op in sorted(counts):
                f.write(f"{op:56s} {dict(sorted(counts[op].items()))}\n")
        total = sum(sum(c.values()) for c in counts.values())
        ops = sum(len(v) for v in json.loads((ROOT / "api" / "openapi.json").read_text())["paths"].values())
        accepted = [op for op, c in counts.items() if any(k.startswith("2") for k in c)]
        print(f"\nthe server answered {total} requests to {len(counts)}/{ops} documented operations; "
              f"{len(accepted)} of them answered 2xx at least once (per operation: {table.relative_to(ROOT)})")
        never = sorted(set(counts) - set(accepted))
        if never:
            print("never 2xx:", ", ".join(never))
    print("\ncontract fuzzing:", ", ".join(f"{n} {'FAILED' if c else 'ok'} in {e:.0f} s" for n, c, e, _ in results),
          f"(total {time.time() - t0:.0f} s)")
    if failed:
        sys.exit(f"contract fuzzing failed ({', '.join(failed)}); reproducers are in the logs above")


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("validate", "fuzz"):
        sys.exit(__doc__)
    {"validate": validate, "fuzz": fuzz}[sys.argv[1]](sys.argv[2])


if __name__ == "__main__":
    main()
