"""Seeds a fresh kith-server with what the fuzzer needs to get past 404: a group it owns, posts,
comments, events, resources, join requests and reports, plus members to sanction. Ids are
written to a JSON file that hooks.py reads.

Everything goes through the public API, so the seed itself is a small conformance check.
"""
import json
import secrets
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone

PASSWORD = "fuzz-" + secrets.token_hex(8)


class Api:
    def __init__(self, base):
        self.api = base.rstrip("/") + "/api/v1"

    def call(self, method, path, body=None, token=None, headers=None):
        req = urllib.request.Request(self.api + path, method=method)
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("Authorization", "Bearer " + token)
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        try:
            with urllib.request.urlopen(req, data, timeout=30) as resp:
                text = resp.read()
                return resp.status, (json.loads(text) if text else None), resp.headers
        except urllib.error.HTTPError as e:
            text = e.read()
            raise SystemExit(f"seeding failed: {method} {path} -> {e.code} {text[:500]!r}")

    def get(self, path, token=None):
        return self.call("GET", path, token=token)[1]

    def post(self, path, body=None, token=None):
        return self.call("POST", path, body, token)[1]


def utc(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def seed(base):
    api = Api(base)

    def register(name):
        api.post("/auth/register", {"username": name, "password": PASSWORD, "interests": ["hiking", "books"]})
        # A login (not only the sign-up) makes this address a known one for the account, so
        # failed logins the fuzzer makes elsewhere cannot throttle its password changes.
        return api.post("/auth/login", {"username": name, "password": PASSWORD, "remember": True})["token"]

    owner = register("fuzzer")
    spare = register("fuzz-spare")
    victims = [f"fuzz-member-{i}" for i in range(1, 4)]
    victim_tokens = {v: register(v) for v in victims}

    def group(slug, visibility):
        return api.post(
            "/groups",
            {
                "name": "Fuzz " + slug,
                "slug": slug,
                "purpose": "A group the contract fuzzer works in.",
                "topics": ["hiking"],
                "region": "Leipzig",
                "visibility": visibility,
            },
            owner,
        )

    group("fuzz-club", "public")
    group("fuzz-archive", "public")
    group("fuzz-private", "private")
    # A group of someone else's, for the fuzzer to leave.
    api.post(
        "/groups",
        {"name": "Fuzz leave", "slug": "fuzz-leave", "purpose": "A group the fuzzer may leave.",
         "topics": ["books"], "region": "Leipzig", "visibility": "public"},
        spare,
    )
    api.post("/groups/fuzz-leave/join", {}, owner)
    for v, t in victim_tokens.items():
        api.post("/groups/fuzz-club/join", {}, t)
    # Requests to approve and deny.
    for i in range(1, 7):
        api.post("/groups/fuzz-private/join", {"message": "Let me in, please."}, register(f"fuzz-applicant-{i}"))
    join_requests = [r["id"] for r in api.get("/groups/fuzz-private/join-requests?limit=100", owner)["items"]]

    def posts(n, label):
        return [
            api.post("/groups/fuzz-club/posts", {"title": f"{label} {i}", "body": "Seeded *post*."}, owner)["id"]
            for i in range(n)
        ]

    main_posts = posts(4, "Post")
    spare_posts = posts(4, "Spare post")
    comments = {}
    spare_comments = []
    for p in main_posts:
        top = api.post(f"/posts/{p}/comments", {"body": "A seeded comment."}, owner)["id"]
        reply = api.post(f"/posts/{p}/comments", {"body": "A seeded reply.", "parent_id": top}, owner)["id"]
        comments[p] = [top, reply]
        spare_comments.append(api.post(f"/posts/{p}/comments", {"body": "A spare comment."}, owner)["id"])

    now = datetime.now(timezone.utc).replace(microsecond=0)

    def event(title, days):
        start = now + timedelta(days=days)
        return api.post(
            "/groups/fuzz-club/events",
            {
                "title": title,
                "starts_at": utc(start),
                "ends_at": utc(start + timedelta(hours=2)),
                "time_zone": "Europe/Berlin",
                "capacity": 2,
            },
            owner,
        )["id"]

    events = [event(f"Event {i}", 3 + i) for i in range(3)]
    spare_events = [event(f"Spare event {i}", 10 + i) for i in range(3)]
    start = now + timedelta(days=2)
    series_date = api.post(
        "/groups/fuzz-club/events",
        {
            "title": "Weekly meetup",
            "starts_at": utc(start),
            "ends_at": utc(start + timedelta(hours=2)),
            "time_zone": "Europe/Berlin",
            "recurrence": {"freq": "weekly", "count": 20},
        },
        owner,
    )
    series = [series_date["series_id"]]
    events.append(series_date["id"])

    def poll(title):
        options = [
            {"starts_at": utc(now + timedelta(days=20 + i)), "ends_at": utc(now + timedelta(days=20 + i, hours=3))}
            for i in range(3)
        ]
        p = api.post("/groups/fuzz-club/polls", {"title": title, "time_zone": "Europe/Berlin", "options": options}, owner)
        return p["id"], [o["id"] for o in p["options"]]

    polls = dict(poll(f"Poll {i}") for i in range(3))
    spare_polls = dict(poll(f"Spare poll {i}") for i in range(4))

    def resource(title):
        return api.post(
            "/groups/fuzz-club/resources", {"title": title, "url": "https://example.org/" + title}, owner
        )["id"]

    resources = [resource(f"guide-{i}") for i in range(2)]
    spare_resources = [resource(f"spare-{i}") for i in range(3)]

    # Reports from members, so the queue has items to resolve.
    for i, p in enumerate(main_posts + spare_posts[:2]):
        v = victims[i % len(victims)]
        api.post("/reports", {"target": {"kind": "post", "id": p}, "reason": "Seeded report."}, victim_tokens[v])
    reports = [r["id"] for r in api.get("/groups/fuzz-club/reports?limit=100", owner)["items"]]
    # A mute to lift (after the reports: a muted member cannot report).
    until = utc(now + timedelta(days=1))
    api.call(
        "POST",
        f"/groups/fuzz-club/members/{victims[0]}/sanction",
        {"kind": "mute", "until": until, "reason": "Seeded mute."},
        owner,
    )

    return {
        "password": PASSWORD,
        "owner": {"username": "fuzzer", "token": owner},
        "spare": {"username": "fuzz-spare"},
        "members": victims,
        "slug": "fuzz-club",
        "archive_slug": "fuzz-archive",
        "leave_slug": "fuzz-leave",
        "private_slug": "fuzz-private",
        "posts": main_posts,
        "spare_posts": spare_posts,
        "comments": comments,
        "spare_comments": spare_comments,
        "events": events,
        "spare_events": spare_events,
        "series": series,
        "polls": {str(k): v for k, v in polls.items()},
        "spare_polls": {str(k): v for k, v in spare_polls.items()},
        "resources": resources,
        "spare_resources": spare_resources,
        "join_requests": join_requests,
        "reports": reports,
    }
