#!/usr/bin/env python3
"""Kith's recurrence expansion against an independent RFC 5545 implementation.

Generates (seeded, so every run is the same) a few thousand recurrence rules with start times
and [from, to) ranges: daily, weekly and monthly rules with intervals, weekdays, the nth and
nth-last weekday of a month (the 5th included), the 29th-31st of a month, COUNT and UNTIL, and
start times on and around the daylight-saving changes of Berlin, New York and Sydney (times
the clocks skip or repeat). The expected dates come from python-dateutil's rrule on naive local
times, turned into instants with zoneinfo (fold=0: a skipped time takes the offset before the
change, a repeated one the earlier instant). All cases go through one `kith-server
expand-rules` process; every date must match.

    PYTHONPATH=.tmp/pydeps python3 tests/recur/check_rrule.py [path/to/kith-server] [--seed N] [--cases N]

Semantics both sides share (python-dateutil's): the dates are the rule's matches on or after
DTSTART (DTSTART itself is not a date unless it matches), weeks start on Monday, a monthly rule
without BYDAY repeats DTSTART's day of the month and skips months without it, COUNT counts
matches from DTSTART, UNTIL is inclusive and compared as an instant.
"""

import argparse
import json
from collections import Counter
import random
import subprocess
import sys
import time
import warnings
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from dateutil import rrule as R

# dateutil checks UNTIL only on a match, so a rule that never matches (every 7th day on a weekday
# the start is not on) walks on to datetime.MAXYEAR (9999), seconds per rule. Kith gives no date
# after 2199: dateutil's walk may stop at 2300.
R.datetime.MAXYEAR = 2300

SEED = 5545
CASES = 1500
ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "UTC"]
CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
DU_DAYS = [R.MO, R.TU, R.WE, R.TH, R.FR, R.SA, R.SU]
FREQS = {"daily": R.DAILY, "weekly": R.WEEKLY, "monthly": R.MONTHLY}
UTC = timezone.utc
LAST_UNTIL = datetime(2199, 12, 31, 23, 59, 59, tzinfo=UTC)
LAST_TO = datetime(2199, 12, 31, 0, 0, 0, tzinfo=UTC)
# The Sunday ordinals of each zone's clock changes: Berlin the last Sundays of March and
# October, New York the 2nd Sunday of March and the 1st of November, Sydney the 1st Sundays of
# April and October.
DST_ORDINALS = {"Europe/Berlin": ["-1SU"], "America/New_York": ["2SU", "1SU"], "Australia/Sydney": ["1SU"]}


def fmt(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def to_utc(naive, tz):
    """A naive local time's instant, fold=0 (zoneinfo: skipped times use the offset before the
    change; repeated ones are the earlier instant)."""
    return naive.replace(tzinfo=tz, fold=0).astimezone(UTC)


def clock_changes(zone, years):
    """Days on which the zone's UTC offset changes, found by scanning (not from Kith's rules)."""
    tz = ZoneInfo(zone)
    out = []
    d = date(years[0], 1, 1)
    end = date(years[-1] + 1, 1, 1)
    while d < end:
        a = datetime(d.year, d.month, d.day, 0, 0, tzinfo=tz).utcoffset()
        n = d + timedelta(days=1)
        b = datetime(n.year, n.month, n.day, 0, 0, tzinfo=tz).utcoffset()
        if a != b:
            out.append(d)
        d = n
    return out


CHANGES = {z: clock_changes(z, list(range(2024, 2033))) for z in ZONES if z != "UTC"}
# Far-future changes (2037+ is past the explicit tz tables: rules continue by the POSIX TZ string).
FAR_CHANGES = {z: clock_changes(z, [2041, 2077, 2150, 2198]) for z in ZONES if z != "UTC"}


def pick_start(rng, zone):
    """A start date and local time: on or shortly before a clock change, on the 29th-31st, or
    anywhere; times on the clock changes' skipped and repeated hours are favoured."""
    kind = rng.random()
    if zone != "UTC" and kind < 0.45:
        pool = FAR_CHANGES[zone] if rng.random() < 0.08 else CHANGES[zone]
        change = rng.choice(pool)
        # The change day itself, or some weeks or months before, so later dates cross it.
        back = rng.choice([0, 0, 0, 7, 14, 21, 28, 35, 56, 91, 182, rng.randint(1, 120)])
        d = change - timedelta(days=back)
        t = rng.choice(["02:30", "02:30", "02:30", "01:30", "02:00", "03:00", "02:59", "01:59", "00:30", "03:30"])
    elif kind < 0.7:
        y = rng.choice([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2096, 2100, 2199])
        m = rng.randint(1, 12)
        last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
        dd = rng.choice([x for x in (29, 30, 31) if x <= last] + [last])
        d = date(y, m, dd)
        t = rng.choice(["02:30", "09:00", "19:00", "23:59", "00:00", "12:15"])
    else:
        d = date(2024, 1, 1) + timedelta(days=rng.randint(0, 9 * 366))
        t = rng.choice(["02:30", "01:30", "%02d:%02d" % (rng.randint(0, 23), rng.choice([0, 15, 30, 45, 7]))])
    h, mi = map(int, t.split(":"))
    return datetime(d.year, d.month, d.day, h, mi, rng.choice([0, 0, 0, 0, 30]))


def pick_by_day(rng, freq, zone, start):
    if freq != "monthly":
        r = rng.random()
        if r < 0.4:
            return []
        if r < 0.55:
            own = CODES[start.weekday()]
            return [own] + ([rng.choice([c for c in CODES if c != own])] if rng.random() < 0.3 else [])
        return rng.sample(CODES, rng.randint(1, 7) if rng.random() < 0.3 else rng.randint(1, 3))
    r = rng.random()
    if r < 0.3:
        return []
    if r < 0.45 and zone in DST_ORDINALS:
        return [rng.choice(DST_ORDINALS[zone])]
    if r < 0.55:
        return ["5" + rng.choice(CODES)]
    if r < 0.62:
        return ["-5" + rng.choice(CODES)]
    out = []
    for _ in range(rng.randint(1, 4)):
        kind = rng.random()
        if kind < 0.25:
            s = rng.choice(CODES)
        else:
            n = rng.choice([1, 2, 3, 4, 5, -1, -2, -3, -4, -5])
            s = f"{n}{rng.choice(CODES)}"
        if s not in out:
            out.append(s)
    return out


def dateutil_rule(rec, start, bound):
    """python-dateutil's rrule for a Kith rule, with no match after the naive `bound` (given as
    UNTIL; COUNT still counts from DTSTART, and the caller applies the rule's own UNTIL)."""
    by = rec.get("by_day", [])
    kw = {"dtstart": start, "interval": rec.get("interval", 1), "wkst": R.MO, "until": bound}
    plain = [DU_DAYS[CODES.index(s)] for s in by if len(s) == 2]
    numbered = [DU_DAYS[CODES.index(s[-2:])](int(s[:-2])) for s in by if len(s) > 2]
    if plain and numbered:
        # RFC 5545: BYDAY=FR,1TH is every Friday and the first Thursday. dateutil instead keeps
        # only days that are both (it filters plain and numbered weekdays separately), so
        # a plain weekday is given as its 1st-5th occurrence, which is every one.
        plain = [w(n) for w in plain for n in range(1, 6)]
    if plain or numbered:
        kw["byweekday"] = plain + numbered
    if rec.get("count") is not None:
        kw["count"] = rec["count"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # COUNT with UNTIL (our bound)
        return R.rrule(FREQS[rec["freq"]], **kw)


def clock_kind(naive, tz):
    """'skipped' or 'repeated' for a local time a clock change skips or repeats, else None."""
    a, b = naive.replace(tzinfo=tz, fold=0), naive.replace(tzinfo=tz, fold=1)
    if a.utcoffset() == b.utcoffset():
        return None
    return "skipped" if a.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != naive else "repeated"


def expected(case, seen):
    """The dates in [from, to), as RFC 3339 UTC; `seen` counts what they cover."""
    tz = ZoneInfo(case["time_zone"])
    start = datetime.fromisoformat(case["start_local"])
    lo = datetime.fromisoformat(case["from"].replace("Z", "+00:00"))
    hi = datetime.fromisoformat(case["to"].replace("Z", "+00:00"))
    rec = case["recurrence"]
    until = rec.get("until")
    until = datetime.fromisoformat(until.replace("Z", "+00:00")) if until else None
    bound = hi.astimezone(tz).replace(tzinfo=None) + timedelta(days=2)
    out = []
    for dt in dateutil_rule(rec, start, bound):
        u = to_utc(dt, tz)
        if until is not None and u > until:
            continue
        if lo <= u < hi:
            out.append(fmt(u))
            kind = clock_kind(dt, tz)
            if kind:
                seen[f"dates at a local time the clock {kind}"] += 1
            if dt.year >= 2100:
                seen["dates after 2099"] += 1
    return out


def case_features(case, seen):
    rec = case["recurrence"]
    start = datetime.fromisoformat(case["start_local"])
    by = rec.get("by_day", [])
    if any(s[:-2] in ("5", "-5") for s in by):
        seen["monthly rules with a 5th or 5th-last weekday"] += 1
    if rec["freq"] == "monthly" and not by and start.day >= 29:
        seen["monthly rules on the 29th-31st"] += 1
    if any(len(s) == 2 for s in by) and any(len(s) > 2 for s in by):
        seen["monthly rules mixing plain and numbered weekdays"] += 1
    if clock_kind(start, ZoneInfo(case["time_zone"])):
        seen["starts at a skipped or repeated local time"] += 1


def all_instants(rec, start, tz, days):
    """Every instant of the rule (without UNTIL) within `days` of the start, for picking
    boundaries that fall exactly on a date."""
    rec = {k: v for k, v in rec.items() if k != "until"}
    return [to_utc(dt, tz) for dt in dateutil_rule(rec, start, start + timedelta(days=days))]


def rfc3339(t, rng):
    """An instant as RFC 3339, mostly in UTC, sometimes with an offset."""
    if rng.random() < 0.8:
        return fmt(t)
    off = timedelta(minutes=rng.choice([60, 120, -300, -240, 600, 660, 330]))
    return t.astimezone(timezone(off)).isoformat()


def make_case(rng):
    zone = rng.choice(ZONES + ZONES[:3])
    tz = ZoneInfo(zone)
    freq = rng.choice(["daily", "weekly", "weekly", "monthly", "monthly", "monthly"])
    start = pick_start(rng, zone)
    interval = rng.choice([1, 1, 1, 1, 2, 2, 3, 4]) if rng.random() < 0.9 else rng.randint(5, 12)
    if freq == "daily" and rng.random() < 0.1:
        interval = rng.choice([7, 14])  # with a weekday the start isn't on: no dates at all
    rec = {"freq": freq, "interval": interval, "by_day": pick_by_day(rng, freq, zone, start)}
    if rng.random() < 0.1:
        del rec["interval"]  # the default, 1
    start_utc = to_utc(start, tz)
    end = rng.random()
    instants = None
    if end < 0.3:
        rec["count"] = rng.choice([1, 2, 3, 5, 10, rng.randint(1, 60), rng.randint(1, 730)])
    elif end < 0.6 and start_utc <= LAST_UNTIL:
        if rng.random() < 0.4:
            instants = all_instants(rec, start, tz, 500)
        if instants and rng.random() < 0.5:
            # Exactly a date's instant (inclusive), or a second before it.
            u = rng.choice(instants) - timedelta(seconds=rng.choice([0, 0, 1]))
            u = max(u, start_utc)
        else:
            u = start_utc + timedelta(seconds=rng.randint(0, 500 * 86400))
        rec["until"] = rfc3339(min(u, LAST_UNTIL), rng)
    lo = start_utc + timedelta(days=rng.randint(-60, 300), seconds=rng.randint(0, 86399))
    if rng.random() < 0.45:
        lo = start_utc - timedelta(days=rng.randint(0, 3))
    hi = lo + timedelta(days=rng.randint(1, 400), seconds=rng.randint(0, 86399))
    if rng.random() < 0.15:
        # A range edge exactly on a date: from is inclusive, to exclusive.
        instants = instants or all_instants(rec, start, tz, 500)
        if instants:
            t = rng.choice(instants)
            if rng.random() < 0.5:
                lo = t
                hi = max(hi, lo + timedelta(days=1))
            else:
                hi = t
                lo = min(lo, hi - timedelta(days=1))
    # Kith's dates end with 2199 (an UNTIL is at most 2199-12-31T23:59:59Z); a range into 2200
    # would ask for local dates in 2200, which Kith documents it never gives.
    hi = min(hi, LAST_TO)
    lo = min(lo, hi)
    return {
        "recurrence": rec,
        "start_local": start.strftime("%Y-%m-%dT%H:%M:%S"),
        "time_zone": zone,
        "duration": rng.choice([1800, 3600, 7200, 86400]),
        "from": rfc3339(lo, rng),
        "to": rfc3339(hi, rng),
    }


def bad_cases():
    """Rules the server must refuse (an error, never a crash), with the field it names."""
    base = {"start_local": "2026-05-01T19:00:00", "time_zone": "Europe/Berlin", "duration": 3600,
            "from": "2026-01-01T00:00:00Z", "to": "2027-01-01T00:00:00Z"}
    rules = [
        ({"freq": "weekly", "interval": 0}, "/recurrence/interval"),
        ({"freq": "weekly", "interval": 100}, "/recurrence/interval"),
        ({"freq": "daily", "count": 100000}, "/recurrence/count"),
        ({"freq": "daily", "count": 0}, "/recurrence/count"),
        ({"freq": "daily", "until": "2026-04-30T00:00:00Z"}, "/recurrence/until"),
        ({"freq": "daily", "until": "2026-05-01T16:59:59Z"}, "/recurrence/until"),
        ({"freq": "daily", "until": "not a date"}, "/recurrence/until"),
        ({"freq": "daily", "count": 3, "until": "2026-06-01T00:00:00Z"}, "/recurrence/until"),
        ({"freq": "secondly"}, "/recurrence"),
        ({"freq": "yearly"}, "/recurrence"),
        ({"interval": 2}, "/recurrence"),
        ({"freq": "weekly", "by_day": ["1TH"]}, "/recurrence/by_day/0"),
        ({"freq": "monthly", "by_day": ["6TH"]}, "/recurrence/by_day/0"),
        ({"freq": "monthly", "by_day": ["0TH"]}, "/recurrence/by_day/0"),
        ({"freq": "monthly", "by_day": ["TH", "TH"]}, "/recurrence/by_day/1"),
        ({"freq": "daily", "by_day": ["XX"]}, "/recurrence/by_day/0"),
        ({"freq": "daily", "by_day": ["MO", "TU", "WE", "TH", "FR", "SA", "SU", "MO"]}, "/recurrence/by_day"),
        ({"freq": "daily", "interval": -1}, "/recurrence"),
        ({"freq": "daily", "count": "3"}, "/recurrence"),
    ]
    out = [({**base, "recurrence": r}, p) for r, p in rules]
    out.append(({**base, "recurrence": {"freq": "daily"}, "time_zone": "Mars/Olympus"}, "/time_zone"))
    return out


# What the generated cases must keep covering.
COVERAGE = [
    "dates at a local time the clock skipped",
    "dates at a local time the clock repeated",
    "dates after 2099",
    "monthly rules with a 5th or 5th-last weekday",
    "monthly rules on the 29th-31st",
    "monthly rules mixing plain and numbered weekdays",
    "starts at a skipped or repeated local time",
]


def main():
    ap = argparse.ArgumentParser(description="Kith's recurrence expansion vs python-dateutil's rrule")
    ap.add_argument("binary", nargs="?", default="target/debug/kith-server", help="the kith-server to check")
    ap.add_argument("--seed", type=int, default=SEED, help=f"generator seed (default {SEED})")
    ap.add_argument("--cases", type=int, default=CASES, help=f"generated cases (default {CASES})")
    args = ap.parse_args()
    binary = args.binary
    rng = random.Random(args.seed)
    t0 = time.monotonic()
    cases = [make_case(rng) for _ in range(args.cases)]
    seen = Counter()
    want = [expected(c, seen) for c in cases]
    for c in cases:
        case_features(c, seen)
    bad = bad_cases()
    lines = [json.dumps(c) for c in cases] + [json.dumps(c) for c, _ in bad]
    t1 = time.monotonic()
    run = subprocess.run([binary, "expand-rules"], input="\n".join(lines) + "\n", capture_output=True, text=True)
    t2 = time.monotonic()
    if run.returncode != 0:
        print(f"{binary} expand-rules exited with {run.returncode}:\n{run.stderr}", file=sys.stderr)
        return 1
    got = [json.loads(x) for x in run.stdout.splitlines()]
    if len(got) != len(lines):
        print(f"{len(lines)} cases sent, {len(got)} answers", file=sys.stderr)
        return 1

    diffs = []
    for i, (case, w, g) in enumerate(zip(cases, want, got)):
        if g.get("starts") != w:
            diffs.append((i, case, w, g))
    bad_diffs = []
    for (case, pointer), g in zip(bad, got[len(cases):]):
        pointers = [e.get("pointer") for e in g.get("error", [])]
        if pointer not in pointers:
            bad_diffs.append((case, pointer, g))

    dates = sum(len(w) for w in want)
    rules = {}
    for c in cases:
        r = c["recurrence"]
        key = r["freq"] + (" until" if "until" in r else " count" if "count" in r else "")
        rules[key] = rules.get(key, 0) + 1
    print(f"{len(cases)} rules x ranges, {dates} dates compared ({sum(1 for w in want if not w)} with no dates "
          f"in range); {len(bad)} bad rules refused by field")
    print("  " + ", ".join(f"{k}: {v}" for k, v in sorted(rules.items())))
    print("  " + ", ".join(f"{k}: {v}" for k, v in sorted(seen.items())))
    print(f"  generation + python-dateutil {t1 - t0:.2f}s, kith-server expand-rules {t2 - t1:.2f}s")
    for n, (i, case, w, g) in enumerate(diffs):
        if n < 20:
            print(f"\nDIFFERENCE in case {i}: {json.dumps(case)}")
            if "error" in g:
                print(f"  kith-server refused it: {g['error']}")
                continue
            gs = g.get("starts", [])
            only_w = [x for x in w if x not in gs]
            only_g = [x for x in gs if x not in w]
            print(f"  python-dateutil {len(w)} dates, kith-server {len(gs)}")
            print(f"  only python-dateutil: {only_w[:8]}{' ...' if len(only_w) > 8 else ''}")
            print(f"  only kith-server:     {only_g[:8]}{' ...' if len(only_g) > 8 else ''}")
        else:
            print(f"DIFFERENCE in case {i}: {json.dumps(case['recurrence'])} from {case['start_local']} "
                  f"{case['time_zone']}")
    for case, pointer, g in bad_diffs:
        print(f"\nBAD RULE NOT REFUSED at {pointer}: {json.dumps(case['recurrence'])} ({case['time_zone']}) -> {g}")
    missing = [k for k in COVERAGE if not seen[k]]
    if missing:
        print(f"\nthe generated cases no longer cover: {', '.join(missing)}")
        return 1
    if diffs or bad_diffs:
        print(f"\n{len(diffs)} of {len(cases)} cases differ; {len(bad_diffs)} bad rules not refused")
        return 1
    print("zero differences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
