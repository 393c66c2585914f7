"""Schemathesis hooks for Kith's contract fuzzing (loaded through schemathesis.toml).

The document states every rule JSON Schema can express. A few rules depend on the server's
state or the clock, or tie two fields together in ways JSON Schema cannot say; for
schema-valid ("positive") cases these hooks keep the generated data inside those rules, so a
refusal of them is a real finding and not noise. Each rule is documented in the OpenAPI
descriptions too:

- path parameters mostly name things that exist (the seeded world from world.py), and
  destructive operations (archive, leave, delete, cancel) get their own spare objects;
- `cursor` is dropped: cursors are signed by the server and cannot be invented;
- `If-Match` is `*` (any current version) most of the time, so bodies get validated;
- `Idempotency-Key` is fresh: generated keys repeat, and a key reused with another body is a
  409 that keeps the body from being checked (replays have a check of their own, below);
- `POST /me/password` gets the account's real current password, and keeps it as the new one;
- `parent_id` of a new comment names a comment of the same post, or nothing;
- event `ends_at` is after `starts_at` and at most 31 days later, both within 1970..2199 (so
  are a date poll's options, with distinct starts);
- a recurrence gives dates: it starts within the last 300 days and before 2150, numbered weekdays only go with `monthly`
  and are listed once, a 5th (or 5th last) weekday and a daily rule with weekdays repeat every
  period, `until` (not with `count`) is 400–800 days after the start; a patch leaves the rule
  alone (it needs a series and a scope, which the conformance suite covers);
- votes name options of their poll, each once; a poll becomes an event through an option of
  its own (spare polls, as that closes them);
  list ranges (`from`..`to`) are positive and at most 400 days long;
- sanction and ban ends are in the future and at most 5 × 366 days ahead;
- body strings are sent in NFC (the server normalizes before it counts lengths);
- a report item is resolved with `remove`, `restore` or `lock` only when it is about a post
  (the seeded ones), not a member;
- logouts use a throwaway session of a spare account, so the fuzzer's own token survives;
- the fuzzer never blocks itself;
- a push subscription's `p256dh` is a point on the P-256 curve (the pattern says only its
  length and its 0x04 prefix), and its endpoint's host is `push.invalid`, so nothing is ever
  pushed to a host that exists.

It also adds two checks: every answer carries `Cache-Control: no-store` and
`X-Content-Type-Options: nosniff`; and an authenticated POST with an `Idempotency-Key`, sent
again, gets the same status and body with the same `ETag` header.
"""
import json
import os
import random
import re
import unicodedata
import uuid
import urllib.request
from datetime import datetime, timedelta, timezone

import requests
import schemathesis

WORLD = json.load(open(os.environ["KITH_FUZZ_WORLD"]))
BASE = os.environ["KITH_FUZZ_BASE"].rstrip("/") + "/api/v1"
SEEDED = 0.85  # how often a path parameter names a seeded object
# Hypothesis frowns on the global `random` inside strategies; a generator of our own is fine.
RNG = random.Random(0x6B697468)

EARLIEST = datetime(1970, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(2199, 12, 31, 23, 59, 59, tzinfo=timezone.utc)

# Destructive operations always work on spare objects, so the rest keep working.
SPARE = [
    (("DELETE", "/posts/{id}"), "spare_posts"),
    (("DELETE", "/comments/{id}"), "spare_comments"),
    (("DELETE", "/resources/{id}"), "spare_resources"),
    (("POST", "/events/{id}/cancel"), "spare_events"),
    (("POST", "/polls/{id}/event"), "spare_poll_ids"),
]
# Which seeded ids an `{id}` names, by the path template's start.
IDS = [
    ((None, "/posts/"), "posts"),
    ((None, "/comments/"), "all_comments"),
    ((None, "/events/"), "events"),
    ((None, "/resources/"), "resources"),
    ((None, "/polls/"), "poll_ids"),
    ((None, "/series/"), "series"),
    ((None, "/groups/{slug}/join-requests/"), "join_requests"),
    ((None, "/groups/{slug}/reports/"), "reports"),
]
WORLD["all_comments"] = [c for cs in WORLD["comments"].values() for c in cs]
WORLD["poll_ids"] = [int(k) for k in WORLD["polls"]]
WORLD["spare_poll_ids"] = [int(k) for k in WORLD["spare_polls"]]
POLL_OPTIONS = {int(k): v for k, v in {**WORLD["polls"], **WORLD["spare_polls"]}.items()}
# Uncompressed P-256 points (2G, 3G, 5G, 7G) in base64url, as browsers send `keys.p256dh`.
P256_KEYS = [
    "BHzyexiNA09-ilI4AwS1GsPAiWnid_IbNaYLSPxHZpl4B3dVENuO0EApPZrGn3Qw27p9reY86YIpngS3nSJ4c9E",
    "BF7L5NGmMwpEyPfvlR1L8WXmxrch762phftBZhvG5_1shzRkDEmY_343SwbOGmSi7NgqsDY4T7g9mnmxJ6J9UDI",
    "BFFZC3pRUUDS14TIVghmj9_vjIL9H1vlJCFVSg3D0DPt4MF9qJBKcn2K4b82v4p5Jg0BLwDU2AiI0dC7RP2hbaQ",
    "BI5TO2-gv3tGJbswZnwB-2B--fi4qA_vWzAGKHAxh7Kjc-sdveAzGDZtBp-DpvWQAFPHNjPLBBshxV4ahsH0ALQ",
]


def is_positive(case):
    meta = case.meta
    return meta is None or meta.generation.mode.is_positive


def seeded_path_parameters(case):
    path, method = case.operation.path, case.method.upper()
    params = case.path_parameters or {}
    for name in list(params):
        # Archiving and leaving always get their own group: done to the main one (with a slug
        # drawn from earlier answers), they would leave the fuzzer nothing to work with.
        if name == "slug" and path.endswith("/archive"):
            params[name] = WORLD["archive_slug"]
            continue
        if name == "slug" and path.endswith("/leave"):
            params[name] = WORLD["leave_slug"]
            continue
        spare = next((key for (m, p), key in SPARE if m == method and p == path), None)
        if name == "id" and spare:
            params[name] = RNG.choice(WORLD[spare])
            continue
        if RNG.random() > SEEDED:
            continue
        if name == "slug":
            if "/join-requests" in path:
                params[name] = WORLD["private_slug"]
            elif path.endswith("/join"):
                params[name] = WORLD["leave_slug"]  # the fuzzer leaves it and joins again
            else:
                params[name] = WORLD["slug"]
        elif name == "username":
            params[name] = RNG.choice(WORLD["members"])
        elif name == "id":
            for (m, prefix), key in IDS:
                if (m is None or m == method) and (path == prefix or path.startswith(prefix)):
                    params[name] = RNG.choice(WORLD[key])
                    break
    # Nobody can block themselves (a 422 no schema can foresee); the fuzzer's own name comes
    # back in answers, and Schemathesis reuses what answers hold.
    if path == "/me/blocks/{username}" and params.get("username") == WORLD["owner"]["username"]:
        params["username"] = RNG.choice(WORLD["members"])
    case.path_parameters = params


# ---- times ----------------------------------------------------------------------------------

RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"
)


def parse_time(s):
    """The instant of an RFC 3339 string as the server reads it (leap seconds as :59), or None."""
    if not isinstance(s, str):
        return None
    m = RFC3339.match(s)
    if not m:
        return None
    y, mo, d, h, mi, se = (int(m.group(i)) for i in range(1, 7))
    try:
        t = datetime(y, mo, d, h, mi, min(se, 59), tzinfo=timezone.utc)
    except ValueError:
        return None
    off = m.group(8)
    if off not in ("Z", "z"):
        sign = 1 if off[0] == "+" else -1
        t -= sign * timedelta(hours=int(off[1:3]), minutes=int(off[4:6]))
    return t


def fmt(t):
    return t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def event_times(body, patch):
    """Keeps `starts_at` and `ends_at` ordered, at most 31 days apart, in 1970..2199."""
    if not isinstance(body, dict):
        return
    has_start, has_end = isinstance(body.get("starts_at"), str), isinstance(body.get("ends_at"), str)
    if patch and not (has_start or has_end):
        return
    start = parse_time(body.get("starts_at"))
    if start is None or not (EARLIEST <= start <= LATEST - timedelta(hours=1)):
        start = EARLIEST + timedelta(seconds=RNG.randrange(int((LATEST - EARLIEST).total_seconds()) - 3600))
        body["starts_at"] = fmt(start)
    end = parse_time(body.get("ends_at"))
    if end is None or not (start < end <= min(start + timedelta(days=31), LATEST)):
        span = timedelta(seconds=RNG.randint(60, 31 * 86400))
        body["ends_at"] = fmt(min(start + span, LATEST))


def recurrence(body):
    """Keeps a generated rule to one that gives dates (see the module's notes)."""
    rec = body.get("recurrence") if isinstance(body, dict) else None
    if not isinstance(rec, dict):
        return
    start = parse_time(body.get("starts_at"))
    recent = datetime.now(timezone.utc) - timedelta(days=300)
    if start is None or start.year >= 2150 or start < recent:
        body["starts_at"] = fmt(recent + timedelta(days=RNG.randint(0, 40000)))
        body.pop("ends_at", None)
        event_times(body, patch=False)
        start = parse_time(body["starts_at"])
    freq = rec.get("freq")
    days = rec.get("by_day")
    if isinstance(days, list):
        kept, seen = [], set()
        for d in days:
            if not isinstance(d, str):
                kept.append(d)
                continue
            if freq != "monthly":
                d = d.lstrip("-0123456789")
            if d not in seen:
                seen.add(d)
                kept.append(d)
        rec["by_day"] = kept
        fifth = freq == "monthly" and any(isinstance(d, str) and d[:-2] in ("5", "-5") for d in kept)
        if (fifth or (freq == "daily" and kept)) and isinstance(rec.get("interval"), int):
            rec["interval"] = 1
    if isinstance(rec.get("interval"), int) and rec["interval"] > 12:
        rec["interval"] = 12
    if rec.get("count") is not None and rec.get("until") is not None:
        del rec["until"]
    if rec.get("until") is not None and start is not None:
        rec["until"] = fmt(start + timedelta(days=RNG.randint(400, 800)))


def poll_options(body):
    opts = body.get("options") if isinstance(body, dict) else None
    if not isinstance(opts, list):
        return
    seen = set()
    for i, o in enumerate(opts):
        if not isinstance(o, dict):
            continue
        event_times(o, patch=False)
        while o["starts_at"] in seen:
            o["starts_at"] = fmt(parse_time(o["starts_at"]) - timedelta(minutes=1 + i))
            o.pop("ends_at", None)
            event_times(o, patch=False)
        seen.add(o["starts_at"])


def options_of(pid):
    """A poll's option ids: seeded ones are known, others (the fuzzer's own) are asked for."""
    if pid is None:
        return None
    if pid not in POLL_OPTIONS:
        try:
            req = urllib.request.Request(BASE + f"/polls/{pid}", headers={"Authorization": "Bearer " + (TOKEN or "")})
            with urllib.request.urlopen(req, timeout=30) as resp:
                POLL_OPTIONS[pid] = [o["id"] for o in json.loads(resp.read())["options"]]
        except Exception:  # no such poll, or not visible: the server answers 404/403 anyway
            POLL_OPTIONS[pid] = None
    return POLL_OPTIONS[pid]


def poll_answers(case, body):
    opts = options_of(path_id(case))
    answers = body.get("answers")
    if not opts or not isinstance(answers, list):
        return
    del answers[len(opts):]
    order = RNG.sample(opts, len(opts))
    for i, a in enumerate(answers):
        if isinstance(a, dict):
            a["option_id"] = order[i]


def future(value, horizon_days=5 * 366):
    t = parse_time(value)
    now = datetime.now(timezone.utc)
    if t is not None and now + timedelta(minutes=5) < t < now + timedelta(days=horizon_days - 1):
        return value
    return fmt(now + timedelta(seconds=RNG.randint(3600, 365 * 86400)))


def query_range(query):
    """`from`..`to` of event lists: positive, at most 400 days (defaults: now−30 d, then +90 d)."""
    now = datetime.now(timezone.utc)
    frm, to = parse_time(query.get("from")), parse_time(query.get("to"))
    if frm is None and to is None:
        return
    frm_eff = frm if frm is not None else now - timedelta(days=30)
    to_eff = to if to is not None else max(frm_eff, now) + timedelta(days=90)
    if timedelta(0) < to_eff - frm_eff <= timedelta(days=400):
        return
    # Keep the generated `from` (or `to`) and derive the other end.
    if frm is not None and frm.year < 9999:
        query["to"] = fmt(frm + timedelta(days=RNG.randint(1, 400)))
    else:
        query["from"] = fmt(to - timedelta(days=RNG.randint(1, 400)))
        query.pop("to", None) if to is None else None


# ---- bodies ---------------------------------------------------------------------------------


def wire_form(value):
    """Strings in NFC (integral numbers stay as generated: `5.0` is an integer too)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [wire_form(v) for v in value]
    if isinstance(value, dict):
        return {k: wire_form(v) for k, v in value.items()}
    return value


def path_id(case):
    try:
        return int((case.path_parameters or {}).get("id"))
    except (TypeError, ValueError):
        return None


def fix_body(case):
    path, method = case.operation.path, case.method.upper()
    body = case.body
    if not isinstance(body, dict):
        return
    body = wire_form(body)
    if path == "/me/password":
        body["current_password"] = WORLD["password"]
        body["new_password"] = WORLD["password"]
    elif path == "/posts/{id}/comments" and method == "POST":
        pid = str(path_id(case))
        mine = WORLD["comments"].get(pid, [])
        if body.get("parent_id") is not None and body.get("parent_id") not in mine:
            body["parent_id"] = RNG.choice(mine) if mine and RNG.random() < 0.5 else None
    elif path == "/groups/{slug}/events" and method == "POST":
        event_times(body, patch=False)
        recurrence(body)
    elif path == "/events/{id}" and method == "PATCH":
        event_times(body, patch=True)
        body.pop("recurrence", None)
    elif path == "/groups/{slug}/polls" and method == "POST":
        poll_options(body)
    elif path == "/polls/{id}/votes":
        poll_answers(case, body)
    elif path == "/polls/{id}/event":
        opts = options_of(path_id(case))
        if opts:
            body["option_id"] = RNG.choice(opts)
        if isinstance(body.get("event"), dict):
            event_times(body["event"], patch=False)
            recurrence(body["event"])
    elif path.endswith("/sanction"):
        if body.get("until") is not None or body.get("kind") == "mute":
            body["until"] = future(body.get("until"))
    elif path.endswith("/resolve"):
        if body.get("action") == "ban" and body.get("ban_until") is not None:
            body["ban_until"] = future(body.get("ban_until"))
        # remove, restore and lock apply to reported content; the seeded items are posts, an item
        # the fuzzer reported itself may be a member.
        if path_id(case) not in WORLD["reports"] and body.get("action") in (
            "remove", "restore", "lock"
        ):
            body["action"] = "dismiss"
    elif path == "/push/subscriptions" and method == "POST":
        keys = body.get("keys")
        if isinstance(keys, dict):
            keys["p256dh"] = RNG.choice(P256_KEYS)
        endpoint = body.get("endpoint")
        if isinstance(endpoint, str):
            # At most 2,048 bytes still (the endpoint is ASCII).
            body["endpoint"] = re.sub(r"^https://[^/?#]*", "https://push.invalid", endpoint)[:2048]
    elif path == "/reports":
        target = body.get("target")
        if isinstance(target, dict) and RNG.random() < SEEDED:
            kind = target.get("kind")
            if kind == "post":
                target["id"] = RNG.choice(WORLD["posts"])
            elif kind == "comment":
                target["id"] = RNG.choice(WORLD["all_comments"])
            elif kind == "member":
                target["group"] = WORLD["slug"]
                target["username"] = RNG.choice(WORLD["members"])
    case.body = body


# ---- sessions for logouts -------------------------------------------------------------------


def throwaway_token():
    req = urllib.request.Request(
        BASE + "/auth/login",
        data=json.dumps({"username": WORLD["spare"]["username"], "password": WORLD["password"]}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())["token"]


TOKEN = os.environ.get("KITH_FUZZ_TOKEN")


@schemathesis.hook
def map_case(context, case):
    path = case.operation.path
    if TOKEN:
        if case.headers is None:
            case.headers = {}
        case.headers["Authorization"] = "Bearer " + TOKEN
    # Generated keys repeat ("!", "0" …): a reused key with another body is a 409 that hides the
    # body from the server, and the same body again is a replay. Fresh keys, then (an invalid
    # one stays, it is what a negative case tests); replays are what the IdempotentReplay check
    # below tests, on purpose.
    key = (case.headers or {}).get("Idempotency-Key")
    if isinstance(key, str) and re.fullmatch(r"[!-~]{1,200}", key):
        case.headers["Idempotency-Key"] = uuid.uuid4().hex
    if not is_positive(case):
        return case
    seeded_path_parameters(case)
    if case.query:
        case.query.pop("cursor", None)
        if path in ("/events", "/groups/{slug}/events"):
            query_range(case.query)
    if case.headers is not None and "If-Match" in case.headers and RNG.random() < 0.9:
        case.headers["If-Match"] = "*"
    fix_body(case)
    return case


@schemathesis.hook
def before_call(context, case, kwargs):
    # The fuzzer's token must survive: logouts end a fresh session of the spare account instead.
    if TOKEN and case.operation.path in ("/auth/logout", "/auth/logout-all"):
        case.headers["Authorization"] = "Bearer " + throwaway_token()


@schemathesis.check
def no_store_nosniff(ctx, response, case):
    """Every answer carries `Cache-Control: no-store` and `X-Content-Type-Options: nosniff`."""
    cc = response.headers.get("cache-control")  # lower-case keys, list values
    xcto = response.headers.get("x-content-type-options")
    cc = cc[0] if isinstance(cc, list) else cc
    xcto = xcto[0] if isinstance(xcto, list) else xcto
    if cc != "no-store" or xcto != "nosniff":
        raise AssertionError(
            f"Cache-Control {cc!r} and X-Content-Type-Options {xcto!r}; expected 'no-store' and 'nosniff'"
        )


@schemathesis.check
class IdempotentReplay:
    """An authenticated POST with an `Idempotency-Key`, sent again as it was, answers the same
    status and body, with the same `ETag` header (answers 408, 429 and 5xx are not kept, so
    their requests run again). `tolerate` (from schemathesis.toml) names headers a known server
    bug loses on replay."""

    HEADERS = ("ETag",)

    def __init__(self, tolerate=()):
        self.tolerate = {h.lower() for h in tolerate}
        self.session = requests.Session()

    def after_response(self, ctx, response, case):
        request = response.request
        # "Not now" answers (429, 408, 5xx) are not kept: the same request runs again.
        if request is None or request.method != "POST" or response.status_code in (408, 429) or (
            response.status_code >= 500
        ):
            return
        if "Idempotency-Key" not in request.headers or "Authorization" not in request.headers:
            return
        if case.operation.path.startswith("/auth/"):
            return
        again = self.session.send(request.copy(), timeout=35)
        problems = []
        if again.status_code != response.status_code:
            problems.append(f"status {response.status_code}, then {again.status_code}")
        elif again.content != response.content:
            problems.append("another body")
        for name in self.HEADERS:
            first = response.headers.get(name.lower())  # lower-case keys, list values
            first = first[0] if isinstance(first, list) else first
            if first is not None and again.headers.get(name) != first and name.lower() not in self.tolerate:
                problems.append(f"{name} {first!r}, then {again.headers.get(name)!r}")
        if problems:
            raise AssertionError(
                f"the same request with the same Idempotency-Key answered differently: {'; '.join(problems)}"
            )
