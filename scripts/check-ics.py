#!/usr/bin/env python3
"""Reads the agency calendar with a second, independent iCalendar parser (Python's `icalendar`)
and checks it holds the dates the core computed.

    scripts/check-ics.py BIN

BIN is the `icp-filing` binary. The script exports the calendar of examples/agency/ to a temporary
file, parses it and the committed examples/agency/expected/calendar.ics with `icalendar`, and
compares every event (UID, all-day start, end the day after, summary, alarm) with the core's own
list (`icp-filing calendar --format json`). It also checks two dates by hand: the public-security
filing of 01-xinghe-approved (online 2026-11-20, due 30 days later) and the lapse of the signed
核验单 of 04-guangzhou-resident-draft (signed 2026-10-01, Guangdong accepts it 3 months).
Prints `N passed, N failed` and exits non-zero on a failure.
"""

import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import icalendar

ROOT = Path(__file__).resolve().parent.parent
AGENCY = ROOT / "examples" / "agency"
STAMP = "2026-12-01T00:00:00Z"

passed = 0
failed = 0


def check(ok: bool, what: str) -> None:
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"check-ics: FAILED: {what}")


def events_of(path: Path) -> dict:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    out = {}
    for ev in cal.walk("VEVENT"):
        out[str(ev["UID"])] = ev
    return out


def main() -> int:
    binary = sys.argv[1]
    core = json.loads(
        subprocess.run(
            [binary, "calendar", str(AGENCY), "--format", "json"],
            check=True, capture_output=True, text=True,
        ).stdout
    )["events"]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "agency.ics"
        subprocess.run(
            [binary, "calendar", str(AGENCY), "--out", str(out), "--stamp", STAMP],
            check=True, capture_output=True,
        )
        for name, path in [("exported", out), ("committed", AGENCY / "expected" / "calendar.ics")]:
            parsed = events_of(path)
            check(len(parsed) == len(core), f"{name}: {len(parsed)} events, the core lists {len(core)}")
            for e in core:
                ev = parsed.get(e["uid"])
                check(ev is not None, f"{name}: event {e['uid']} missing")
                if ev is None:
                    continue
                start = ev.decoded("DTSTART")
                end = ev.decoded("DTEND")
                want = dt.date.fromisoformat(e["date"])
                check(start == want and not isinstance(start, dt.datetime),
                      f"{name}: {e['uid']} starts {start!r}, want the all-day date {want}")
                check(end == want + dt.timedelta(days=1), f"{name}: {e['uid']} ends {end!r}")
                check(str(ev["SUMMARY"]) == e["summary_zh"], f"{name}: {e['uid']} summary")
                alarms = ev.walk("VALARM")
                check(len(alarms) == 1, f"{name}: {e['uid']} has {len(alarms)} alarms")
                if alarms:
                    trigger = alarms[0].decoded("TRIGGER")
                    check(trigger == -dt.timedelta(days=e["remind_days"]),
                          f"{name}: {e['uid']} alarm {trigger!r}, want {e['remind_days']} days before")
                check(ev.decoded("DTSTAMP") == dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc),
                      f"{name}: {e['uid']} DTSTAMP")

    # Two dates worked out by hand from the drafts.
    def find(draft: str, kind: str) -> list:
        return [e for e in core if e["draft"] == draft and e["kind"] == kind]

    police = find("01-xinghe-approved", "police-filing-due")
    check([e["date"] for e in police] == ["2026-12-20"], f"police filing due {police}")
    form = find("04-guangzhou-resident-draft", "verification-form-expiry")
    check([e["date"] for e in form] == ["2027-01-01"], f"核验单 lapses {form}")
    print(f"check-ics: {len(core)} events read back with icalendar {icalendar.__version__}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
