#!/usr/bin/env python3
"""Parses every iCalendar file the reference backend serves for the demo data with a real
parser (the `icalendar` package) and checks that each event's times match the REST API's.
Series (one VEVENT with RRULE and EXDATE, overrides as RECURRENCE-ID components) are expanded
by an independent implementation, `recurring-ical-events`, and every date must match the API's
dates of the series one for one: none missing, none extra, same times, titles and status.

Usage: check_ics.py BASE_URL   (a kith-server started with --demo)
"""
import json
import sys
import urllib.error
import urllib.request
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

BASE = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8080"
API = BASE + "/api/v1"
USERS = ["alice", "bob", "carol", "dave"]


def request(path, token=None, body=None, raw=False):
    req = urllib.request.Request(API + path, method="POST" if body is not None else "GET")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, data, timeout=30) as resp:
        text = resp.read()
        return (text, resp.headers.get("Content-Type", "")) if raw else json.loads(text)


def pages(path, token):
    sep = "&" if "?" in path else "?"
    cursor = None
    while True:
        url = path + sep + "limit=100" + ("&cursor=" + urllib.request.quote(cursor) if cursor else "")
        page = request(url, token)
        yield from page["items"]
        cursor = page.get("next_cursor")
        if not cursor:
            return


def rfc3339(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def as_utc(value, event):
    """An iCalendar DTSTART/DTEND value as an aware UTC datetime (dates: midnight in the event's zone)."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise AssertionError("floating time (no zone, no Z)")
        return value.astimezone(timezone.utc)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=ZoneInfo(event["time_zone"])).astimezone(timezone.utc)
    raise AssertionError(f"unexpected value {value!r}")


def main():
    tokens = {u: request("/auth/login", body={"username": u, "password": "kith-demo"})["token"] for u in USERS}
    now = datetime.now(timezone.utc)
    frm = (now - timedelta(days=120)).strftime("%Y-%m-%dT%H:%M:%SZ")
    to = (now + timedelta(days=120)).strftime("%Y-%m-%dT%H:%M:%SZ")
    groups = {g["slug"]: g for u in USERS for g in pages("/groups", tokens[u])}
    checked_events = calendars = mismatches = series_dates = 0
    seen = set()
    problems = []

    def check_calendar(text, ctype, where, expected):
        nonlocal mismatches, series_dates
        assert ctype.startswith("text/calendar"), f"{where}: content type {ctype}"
        assert b"\r\n" in text and b"\n" not in text.replace(b"\r\n", b""), f"{where}: lines must end with CRLF"
        for line in text.split(b"\r\n"):
            assert len(line) <= 75, f"{where}: a line is longer than 75 octets"
        cal = icalendar.Calendar.from_ical(text)
        assert str(cal.get("VERSION")) == "2.0", f"{where}: VERSION"
        found = {}
        for ev in cal.walk("VEVENT"):
            uid = str(ev.get("UID"))
            found[uid] = ev
        dated = [e for e in expected if e.get("series_id")] if where.startswith("/groups/") else []
        if dated:
            lo = min(rfc3339(e["starts_at"]) for e in dated)
            hi = max(rfc3339(e["starts_at"]) for e in dated) + timedelta(seconds=1)
            got = {}
            for ev in recurring_ical_events.of(cal).between(lo, hi):
                uid = str(ev.get("UID"))
                if uid.startswith("series-"):
                    key = (uid.split("@")[0], as_utc(ev.decoded("DTSTART"), dated[0]))
                    got[key] = ev
            for event in dated:
                key = (f"series-{event['series_id']}", rfc3339(event["starts_at"]))
                ev = got.pop(key, None)
                series_dates += 1
                if ev is None:
                    problems.append(f"{where}: date {event['id']} of series {event['series_id']} at {event['starts_at']} not in the expanded RRULE")
                    mismatches += 1
                    continue
                end = as_utc(ev.decoded("DTEND"), event) if ev.get("DTEND") else None
                if end != rfc3339(event["ends_at"]):
                    problems.append(f"{where}: date {event['id']} ends {end} vs API {event['ends_at']}")
                    mismatches += 1
                if str(ev.get("SUMMARY")) != event["title"] or str(ev.get("LOCATION") or "") != (event["location"] or ""):
                    problems.append(f"{where}: date {event['id']} SUMMARY or LOCATION differs")
                    mismatches += 1
                if event["cancelled"] != (str(ev.get("STATUS")) == "CANCELLED"):
                    problems.append(f"{where}: date {event['id']} cancelled={event['cancelled']} but STATUS is {ev.get('STATUS')}")
                    mismatches += 1
            for (uid, start) in got:
                problems.append(f"{where}: {uid} has a date at {start} the API does not list")
                mismatches += 1
        for event in expected:
            if event.get("series_id") and where.startswith("/groups/"):
                continue
            uid_match = [u for u in found if u.startswith(f"event-{event['id']}@")]
            if not uid_match:
                problems.append(f"{where}: event {event['id']} missing")
                mismatches += 1
                continue
            ev = found[uid_match[0]]
            start = as_utc(ev.decoded("DTSTART"), event)
            end = as_utc(ev.decoded("DTEND"), event)
            if start != rfc3339(event["starts_at"]) or end != rfc3339(event["ends_at"]):
                problems.append(f"{where}: event {event['id']} {start}–{end} vs API {event['starts_at']}–{event['ends_at']}")
                mismatches += 1
            if str(ev.get("SUMMARY")) != event["title"]:
                problems.append(f"{where}: event {event['id']} SUMMARY differs")
                mismatches += 1
            if event["cancelled"] and str(ev.get("STATUS")) != "CANCELLED":
                problems.append(f"{where}: event {event['id']} is cancelled but STATUS is {ev.get('STATUS')}")
                mismatches += 1
        return len(found)

    for slug, group in sorted(groups.items()):
        for user in USERS:
            try:
                events = list(pages(f"/groups/{slug}/events?from={frm}&to={to}", tokens[user]))
                text, ctype = request(f"/groups/{slug}/calendar.ics", tokens[user], raw=True)
            except urllib.error.HTTPError as e:
                if e.code == 403:
                    continue  # a private group this user is not in
                raise
            calendars += 1
            check_calendar(text, ctype, f"/groups/{slug}/calendar.ics", events)
            for event in events:
                if event["id"] in seen:
                    continue
                seen.add(event["id"])
                text, ctype = request(f"/events/{event['id']}.ics", tokens[user], raw=True)
                calendars += 1
                check_calendar(text, ctype, f"/events/{event['id']}.ics", [event])
                checked_events += 1
            break
    # A private group's calendar must not be served to outsiders.
    private = [s for s, g in groups.items() if g["visibility"] == "private"]
    for slug in private[:3]:
        try:
            request(f"/groups/{slug}/calendar.ics", raw=True)
            problems.append(f"/groups/{slug}/calendar.ics served to an anonymous caller")
            mismatches += 1
        except urllib.error.HTTPError as e:
            if e.code not in (401, 403):
                raise
    for p in problems:
        print("MISMATCH", p)
    print(f"iCalendar: {calendars} files parsed by icalendar {icalendar.__version__}, {checked_events} events compared with the API, {series_dates} dates of series expanded by recurring-ical-events, {mismatches} mismatches")
    if series_dates < 10:
        print("too few dates of series checked: the demo data has a weekly series")
        return 1
    if checked_events < 100:
        print("too few events checked: the demo data should have at least 150")
        return 1
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
