"""End-to-end tests of the agency workspace (issue 14): the table of every draft with the core's
rows (compared with the command line's `workspace --format json`), filters kept across opening a
draft, autosave over several drafts in a row, the calendar exported through the (scripted) save
dialog and compared with `calendar --format json`, a change started on an approved draft with its
changes view, the after-approval inputs and the footer snippets.

Run by e2e/run.py; each test starts the app with its own data folder holding a copy of
examples/agency/. Waits are on states the app exposes (data-workspace-seq, data-loaded, element
presence, the wizard's saved counter), never on elapsed time.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from selenium.webdriver.common.by import By

import run as base
from run import App, ROOT, TODAY, fresh_dirs
from test_forms import go_step, shot_at, wait_validated

AGENCY = ROOT / "examples" / "agency"
CLI = Path(os.environ.get("ICP_CLI_BINARY", ROOT / "target" / "debug" / "icp-filing"))


def cli_json(*args: str) -> dict:
    """The command line's JSON answer (the same core, outside the app)."""
    out = subprocess.run([str(CLI), *args, "--format", "json"], capture_output=True, text=True, check=False)
    assert out.returncode in (0, 1, 2), out.stderr
    return json.loads(out.stdout)


def agency_dirs(tag: str) -> tuple[Path, Path]:
    """A fresh data folder holding the ten agency drafts."""
    data, dialogs = fresh_dirs(tag)
    (data / "drafts").mkdir(parents=True)
    for f in sorted(AGENCY.glob("*.json")):
        shutil.copy(f, data / "drafts" / f.name)
    return data, dialogs


def workspace_seq(app: App) -> int:
    return int(app.d.execute_script("return document.documentElement.dataset.workspaceSeq || '0'"))


def shown_names(app: App) -> list[str]:
    return [r.get_attribute("data-draft") for r in app.all("#draft-table tbody tr[data-draft]")]


def wait_rows(app: App, count: int, after_seq: int = 0) -> list[str]:
    """Until the workspace shows rows loaded after `after_seq`, `count` of them after filtering."""
    return app.wait_until(
        lambda: workspace_seq(app) > after_seq and len(names := shown_names(app)) == count and names,
        what=f"{count} workspace rows",
    )


def open_row(app: App, name: str) -> None:
    row = app.wait_for(f'#draft-table tr[data-draft="{name}"]')
    app.d.execute_script("arguments[0].click()", row.find_element(By.CSS_SELECTOR, ".open-draft"))
    app.wait_until(lambda: app.exists("#draft-name") and app.text_of("#draft-name") == name, what=f"draft {name} open")
    wait_validated(app)


def back_to_workspace(app: App) -> None:
    seq = workspace_seq(app)
    app.click("#to-drafts")
    app.wait_until(lambda: app.exists("#start-screen") and workspace_seq(app) > seq, what="workspace reloaded")


def test_workspace_rows_filters_and_coming_back():
    data, dialogs = agency_dirs("ws")
    expected = {r["name"]: r for r in cli_json("workspace", str(AGENCY), "--today", TODAY)["drafts"]}
    assert len(expected) == 10, expected.keys()
    with App(data, dialogs) as app:
        names = wait_rows(app, 10)
        assert sorted(names) == sorted(expected), names
        assert app.css("#ws-count").get_attribute("data-total") == "10"
        # Each row shows the core's counts and next date (the command line's, for the same day).
        for name, want in expected.items():
            row = app.css(f'#draft-table tr[data-draft="{name}"]')
            assert row.find_element(By.CSS_SELECTOR, ".error-count").text == str(want["errors"]), name
            assert row.find_element(By.CSS_SELECTOR, ".warning-count").text == str(want["warnings"]), name
            assert row.get_attribute("data-status") == want["status"], name
            dates = [e.get_attribute("data-date") for e in row.find_elements(By.CSS_SELECTOR, ".ws-next-date")]
            assert dates == ([want["next"]["date"]] if want["next"] else []), (name, dates)
            overdue = row.find_elements(By.CSS_SELECTOR, ".ws-overdue")
            assert (overdue[0].get_attribute("data-overdue") if overdue else "0") == str(want["overdue"]), name
        app.shot("80-workspace", langs=("zh", "en"))

        # Filter by province: 新疆 has two drafts.
        app.select("ws-province", "新疆")
        xinjiang = sorted(n for n, r in expected.items() if r["province"] == "xinjiang")
        assert len(xinjiang) == 2, xinjiang
        app.wait_until(lambda: sorted(shown_names(app)) == xinjiang, what="新疆 rows")
        app.shot("81-workspace-filtered", sizes=[base.SIZES[1]], langs=("zh", "en"))

        # Open both in a row, edit each (autosave), come back: the filter is still set.
        for n, name in enumerate(xinjiang):
            open_row(app, name)
            app.type("f-application-remark", f"工作区测试 {n}")
            app.wait_saved()
            back_to_workspace(app)
            app.wait_until(lambda: sorted(shown_names(app)) == xinjiang, what="filter kept")
            assert "新疆" in app.css("#ws-filters").get_attribute("textContent")
        for n, name in enumerate(xinjiang):
            doc = json.loads((data / "drafts" / f"{name}.json").read_text("utf-8"))
            assert doc["application"]["remark"] == f"工作区测试 {n}", (name, doc["application"]["remark"])

        # State and errors filters, and the search, on top of the province.
        app.click("#ws-clear")
        app.wait_until(lambda: len(shown_names(app)) == 10, what="filter cleared")
        app.click("#ws-errors")
        with_errors = sorted(n for n, r in expected.items() if r["errors"] > 0)
        app.wait_until(lambda: sorted(shown_names(app)) == with_errors, what="rows with errors")
        app.click("#ws-errors")
        app.select("ws-status", "已备案")
        approved = sorted(n for n, r in expected.items() if r["status"] == "approved")
        app.wait_until(lambda: sorted(shown_names(app)) == approved, what="approved rows")
        app.click("#ws-clear")
        app.type("ws-search", "星河")
        xinghe = sorted(n for n, r in expected.items() if "星河" in r["entity"] or "星河" in n)
        assert xinghe, expected
        app.wait_until(lambda: sorted(shown_names(app)) == xinghe, what="search 星河")


def test_calendar_export_matches_the_command_line():
    data, dialogs = agency_dirs("cal")
    want = cli_json("calendar", str(AGENCY))["events"]
    assert want, "the agency drafts have dates"
    with App(data, dialogs) as app:
        wait_rows(app, 10)
        for lang, file in (("zh", "备案日历.ics"), ("en", "filing-calendar.ics")):
            app.set_lang(lang)
            if app.exists("#start-notice .ant-alert-close-icon"):
                app.click("#start-notice .ant-alert-close-icon")
                app.wait_until(lambda: not app.exists("#start-notice"), what="notice closed")
            app.click("#export-calendar")
            app.wait_for("#start-notice")
            ics_file = dialogs / file
            assert ics_file.exists(), list(dialogs.iterdir())
            assert str(len(want)) in app.text_of("#start-notice"), app.text_of("#start-notice")
            ics = ics_file.read_text("utf-8").replace("\r\n ", "")
            assert ics.count("BEGIN:VEVENT") == len(want), (ics.count("BEGIN:VEVENT"), len(want))
            uids = [u for u in re.findall(r"^UID:(.+?)\r?$", ics, flags=re.M) if not u.startswith("alarm-")]
            assert sorted(uids) == sorted(e["uid"] for e in want)
            first = want[0]
            assert first["uid"] in ics and first["date"].replace("-", "") in ics, first
            # Titles in the language of the screen.
            assert "备案日程" in ics if lang == "zh" else "filing dates" in ics
        app.set_lang("zh")


def test_change_filing_and_footer():
    data, dialogs = agency_dirs("change")
    approved = "01-xinghe-approved"
    footers = cli_json("footer", str(AGENCY / f"{approved}.json"))["footers"]
    with App(data, dialogs) as app:
        wait_rows(app, 10)
        # A submitted draft offers no change.
        open_row(app, "03-beijing-blog-submitted")
        assert not app.exists("#start-change")
        back_to_workspace(app)

        open_row(app, approved)
        # After approval: the status, dates and each website's numbers have inputs.
        assert app.exists("#f-application-status") and app.exists("#f-application-approved_on")
        go_step(app, "websites")
        filed_doc = json.loads((AGENCY / f"{approved}.json").read_text("utf-8"))
        number = filed_doc["websites"][0]["filing_number"]
        assert number and app.value("f-websites-0-filing_number") == number, number
        assert app.exists("#f-websites-0-online_since") and app.exists("#f-websites-0-police_filing_number")
        # The footer view shows the core's snippet.
        go_step(app, "after")
        app.wait_for('#footer-view[data-loaded="yes"]')
        html = app.css('.footer-card[data-website="0"] .footer-html').get_attribute("textContent")
        assert html == footers[0]["html"], (html, footers[0]["html"])
        assert app.exists("#police-steps li")
        assert app.exists('.footer-card[data-website="0"] .copy-html .ant-typography-copy')
        shot_at(app, "83-footer", "#footer-view")

        # Start a change: the changes step appears with nothing changed yet.
        app.click("#start-change")
        app.click("#start-change-ok")
        app.wait_until(lambda: app.current_step() == "changes", what="changes step")
        app.wait_for("#no-changes")
        go_step(app, "websites")
        old_name = app.value("f-websites-0-name")
        app.type("f-websites-0-name", old_name + "平台")
        go_step(app, "changes")
        row = app.wait_for('#change-table tr[data-path="websites[0].name"]')
        text = row.get_attribute("textContent")
        assert old_name in text and old_name + "平台" in text, text
        assert app.exists('#change-operations [data-operation="change-website"]')
        app.wait_saved()
        shot_at(app, "82-changes", "#changes-view")
        # The labels follow the language.
        app.set_lang("en")
        app.wait_until(lambda: "Website name" in app.css('#change-table tr[data-path="websites[0].name"]').get_attribute("textContent"), what="English label")
        app.set_lang("zh")
    doc = json.loads((data / "drafts" / f"{approved}.json").read_text("utf-8"))
    assert doc["application"]["kind"] == "change" and doc["application"]["status"] == "change-pending"
    assert doc["filed"]["websites"][0]["name"] == old_name
    assert doc["websites"][0]["name"] == old_name + "平台"
    # The command line reads the same change from the saved file.
    changes = cli_json("diff", str(data / "drafts" / f"{approved}.json"))
    assert any(c["path"] == "websites[0].name" for c in changes["changes"]), changes


WORKSPACE_TESTS = [
    test_workspace_rows_filters_and_coming_back,
    test_calendar_export_matches_the_command_line,
    test_change_filing_and_footer,
]
