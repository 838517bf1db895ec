"""End-to-end tests of the desktop app: the real binary in a real WebKitGTK window, driven through
tauri-driver + WebKitWebDriver (run under Xvfb by scripts/e2e.sh).

Each test starts its own app process with its own throwaway data folder (`--data-dir`) and
scripted file dialogs (`--dialog-dir`, only in a build with the `e2e` feature), so nothing touches
the user's drafts, no GTK dialog has to be driven and no test depends on another one.

Deterministic under load: every wait is on a state the app exposes, never on elapsed time alone —
an element, a field's value, or the sequence numbers the wizard puts on <html> (ui/src/testState.ts:
`data-edit-seq`, `data-validated-seq`, `data-saved-seq`). Timeouts are generous and all scaled by
one setting, `E2E_TIMEOUT_SCALE` (default 1; a slow machine can set 3).

Screenshots of every step go to e2e/out/ at 1280x800 and 1024x700, in Chinese and English. The
last line printed is `N passed, N failed`; the exit code is 1 on any failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "e2e" / "out"
APP = Path(os.environ.get("ICP_APP_BINARY", ROOT / "target" / "debug" / "icp-filing-app"))
DRIVER_URL = os.environ.get("TAURI_DRIVER_URL", "http://127.0.0.1:4444")
TODAY = "2026-11-23"
SIZES = [(1280, 800), (1024, 700)]
# One setting scales every timeout (a busy CI machine can raise it).
TIMEOUT_SCALE = float(os.environ.get("E2E_TIMEOUT_SCALE", "1") or "1")
# Polling interval of a wait: how often a condition is looked at, not how long anything takes.
POLL = 0.05
# An address that is never routed (TEST-NET-3, RFC 5737), for the network test.
OUTSIDE_URL = "https://203.0.113.7/collect"


def scaled(seconds: float) -> float:
    """A timeout in seconds, scaled by E2E_TIMEOUT_SCALE."""
    return seconds * TIMEOUT_SCALE

# ---------------------------------------------------------------- valid test identities


def id_card(base17: str) -> str:
    """A resident ID number with its GB 11643 check character."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(c) * w for c, w in zip(base17, weights))
    return base17 + "10X98765432"[total % 11]


def uscc(base17: str) -> str:
    """A unified social credit code with its GB 32100 check character."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    total = sum(chars.index(c) * w for c, w in zip(base17, weights))
    return base17 + chars[(31 - total % 31) % 31]


PRINCIPAL_ID = id_card("44010619880512301")
SITE_PRINCIPAL_ID = id_card("44030519920815402")
COMPANY_USCC = uscc("91440101MA59XW712")
BAD_ID = PRINCIPAL_ID[:-1] + ("0" if PRINCIPAL_ID[-1] != "0" else "1")

# ---------------------------------------------------------------- app session


class App:
    """One run of the app with a data folder; `start()` can be called again to reopen it."""

    def __init__(self, data_dir: Path, dialog_dir: Path):
        self.data_dir = data_dir
        self.dialog_dir = dialog_dir
        self.driver: webdriver.Remote | None = None

    def __enter__(self) -> "App":
        return self.start()

    def __exit__(self, exc_type, exc, tb) -> None:
        self.quit(failed=exc_type is not None)

    def start(self) -> "App":
        # tauri-driver starts the app with its own environment: pass the folders as arguments.
        args = ["--data-dir", str(self.data_dir), "--dialog-dir", str(self.dialog_dir), "--today", TODAY]
        options = ArgOptions()
        options.set_capability("browserName", "wry")
        options.set_capability("tauri:options", {"application": str(APP), "args": args})
        t0 = time.monotonic()
        self.driver = webdriver.Remote(command_executor=DRIVER_URL, options=options)
        try:
            self.driver.set_window_size(*SIZES[0])
            # The app's own "first screen painted and usable" marker (ui/src/testState.ts).
            self.wait_for("html[data-ui-ready]", timeout=60)
        except BaseException:
            # A start that fails inside `with App(...)` never reaches __exit__: end the session
            # here, or tauri-driver (one session at a time) refuses every later test.
            self.quit(failed=True)
            raise
        self.startup_seconds = time.monotonic() - t0
        return self

    def quit(self, failed: bool = False) -> None:
        if self.driver and failed:
            # The test failed: keep a picture of the window for the report.
            OUT.mkdir(parents=True, exist_ok=True)
            try:
                self.driver.save_screenshot(str(OUT / f"FAIL-{int(time.time() * 1000)}.png"))
            except WebDriverException:
                pass
        if self.driver:
            try:
                self.driver.quit()
            except WebDriverException:
                pass
            self.driver = None

    # -- helpers

    @property
    def d(self) -> webdriver.Remote:
        assert self.driver is not None
        return self.driver

    def wait_for(self, css: str, timeout: float = 20):
        try:
            return WebDriverWait(self.d, scaled(timeout), poll_frequency=POLL).until(
                lambda d: d.find_element(By.CSS_SELECTOR, css)
            )
        except WebDriverException as e:
            raise AssertionError(f"timed out waiting for {css}") from e

    def wait_until(self, fn, timeout: float = 20, what: str = "condition"):
        end = time.monotonic() + scaled(timeout)
        last = None
        while True:
            try:
                last = fn()
                if last:
                    return last
            except WebDriverException:
                pass
            if time.monotonic() >= end:
                raise AssertionError(f"timed out waiting for {what} (last value: {last!r})")
            time.sleep(POLL)

    # -- state the wizard exposes (ui/src/testState.ts)

    def seqs(self) -> dict[str, int]:
        data = self.d.execute_script(
            "const d = document.documentElement.dataset;"
            "return [d.editSeq || '0', d.validatedSeq || '0', d.savedSeq || '0'];"
        )
        return {"edit": int(data[0]), "validated": int(data[1]), "saved": int(data[2])}

    def wait_validated(self) -> None:
        """Until the findings on screen are those of the draft on screen."""
        self.wait_until(lambda: (s := self.seqs())["validated"] >= s["edit"] > 0 and s, what="validation")

    def wait_saved(self) -> None:
        """Until the draft on screen is on disk (the app's own saved counter caught up)."""
        self.wait_until(
            lambda: (s := self.seqs())["saved"] >= s["edit"] > 0
            and self.css("#save-status").get_attribute("data-state") == "saved"
            and s,
            what="autosave",
        )

    def css(self, css: str):
        return self.d.find_element(By.CSS_SELECTOR, css)

    def all(self, css: str):
        return self.d.find_elements(By.CSS_SELECTOR, css)

    def exists(self, css: str) -> bool:
        return len(self.all(css)) > 0

    def click(self, css: str) -> None:
        """Clicks an element once it exists. The click is dispatched on the element itself, so
        a layout still moving on a busy machine cannot make it land on another one."""
        el = self.wait_for(css)
        self.d.execute_script("arguments[0].scrollIntoView({block:'center'}); arguments[0].click()", el)

    def text_of(self, css: str) -> str:
        return self.css(css).text

    def type(self, field_id: str, text: str) -> None:
        """Replaces the text of an input by id (f-entity-name …)."""
        el = self.wait_for(f"#{field_id}")
        self.d.execute_script("arguments[0].scrollIntoView({block:'center'})", el)
        el.click()
        el.send_keys(Keys.CONTROL, "a")
        el.send_keys(Keys.DELETE)
        if text:
            el.send_keys(text)
        self.wait_until(lambda: self.value(field_id) == text, what=f"{field_id} = {text!r}")

    def select(self, field_id: str, search: str) -> None:
        """Picks an option of an antd Select by typing part of its label."""
        el = self.wait_for(f"#{field_id}")
        box = el.find_element(By.XPATH, "./ancestor::div[contains(concat(' ', @class, ' '), ' ant-select ')][1]")
        self.d.execute_script("arguments[0].scrollIntoView({block:'center'})", box)
        box.click()
        el.send_keys(search)
        # Enter picks the active option: wait until the filtered list shows the wanted one.
        self.wait_until(
            lambda: any(
                search in (o.get_attribute("textContent") or "")
                for o in self.all(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active")
            ),
            what=f"option {search!r} in {field_id}",
        )
        el.send_keys(Keys.ENTER)
        self.wait_until(
            lambda: search in " ".join(
                e.get_attribute("title") or e.get_attribute("textContent") or ""
                for e in box.find_elements(By.CSS_SELECTOR, ".ant-select-selection-item")
            ),
            what=f"{search!r} chosen in {field_id}",
        )

    def date(self, field_id: str, value: str) -> None:
        el = self.wait_for(f"#{field_id}")
        self.d.execute_script("arguments[0].scrollIntoView({block:'center'})", el)
        el.click()
        el.send_keys(Keys.CONTROL, "a")
        el.send_keys(value)
        el.send_keys(Keys.ENTER)
        self.wait_until(lambda: self.value(field_id) == value, what=f"{field_id} = {value}")
        self.d.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)

    def value(self, field_id: str) -> str:
        return self.css(f"#{field_id}").get_attribute("value") or ""

    def settle(self) -> None:
        """Returns once the page has run the tasks queued so far and painted a frame."""
        self.d.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "setTimeout(() => requestAnimationFrame(() => setTimeout(() => done(true), 0)), 0);"
        )

    def goto_step(self, step: str) -> None:
        self.click(f'[data-step="{step}"]')
        self.wait_until(lambda: self.current_step() == step, what=f"{step} step")

    def current_step(self) -> str:
        return self.css(".step-form").get_attribute("id").removeprefix("step-")

    def next(self) -> None:
        before = self.current_step()
        self.click("#next")
        self.wait_until(lambda: self.current_step() != before, what="next step")

    def field_messages(self, path: str) -> str:
        return "\n".join(
            m.get_attribute("textContent") for m in self.all(f'.field-findings[data-field="{path}"] > div')
        )

    def summary_text(self) -> str:
        return " ".join(e.get_attribute("textContent") for e in self.all("#summary .summary-item"))

    def set_lang(self, lang: str) -> None:
        self.click(f"#lang-{lang}")
        want = "保存" if lang == "zh" else "Save"
        self.wait_until(
            lambda: self._active_lang() == lang and (not self.exists("#next") or want in self.text_of("#next")),
            what=f"language {lang}",
        )

    def shot(self, name: str, sizes=None, langs=("zh",)) -> list[Path]:
        """Screenshots at the given sizes and languages; returns the files."""
        OUT.mkdir(parents=True, exist_ok=True)
        files = []
        start_lang = self._active_lang()
        for lang in langs:
            self.set_lang(lang)
            for w, h in sizes or SIZES:
                self.d.set_window_size(w, h)
                self.wait_until(
                    lambda: self.d.execute_script("return window.innerWidth") <= w,
                    what=f"window at {w}x{h}",
                )
                self.d.execute_script("window.scrollTo(0,0)")
                # A frame at the new size has been painted and presented (two animation frames),
                # not the old size's frame stretched into the resized window.
                self.d.execute_async_script(
                    "const done = arguments[arguments.length - 1];"
                    "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));")
                f = OUT / f"{name}-{lang}-{w}x{h}.png"
                self.d.save_screenshot(str(f))
                files.append(f)
        self.set_lang(start_lang)
        self.d.set_window_size(*SIZES[0])
        return files

    def _active_lang(self) -> str:
        return "en" if self.d.execute_script("return document.documentElement.lang") == "en" else "zh"


# ---------------------------------------------------------------- tests

STATE: dict = {}


def fresh_dirs(tag: str) -> tuple[Path, Path]:
    base = Path(tempfile.mkdtemp(prefix=f"icp-e2e-{tag}-"))
    (base / "dialogs" / "open").mkdir(parents=True)
    return base / "data", base / "dialogs"


def assert_styles_prebuilt(app) -> None:
    """The first screen's antd styles came from the build-time file (ui/scripts/antd-styles.mjs),
    none built in the page: a component added to a first screen but not to that script fails here."""
    built = app.d.execute_script("return document.documentElement.dataset.uiBuiltStyles")
    if built != "0":  # what they were, to find the component
        print(app.d.execute_script(
            "return Array.from(document.querySelectorAll('style[data-css-hash]'))"
            ".map(s => s.innerHTML.slice(0, 120)).join('\\n')"))
    assert built == "0", f"antd built {built} styles in the page at start-up; add the component to ui/scripts/antd-styles.mjs"


def test_first_start_opens_sample_draft():
    data, dialogs = fresh_dirs("first")
    with App(data, dialogs) as app:
        STATE["startup_seconds"] = app.startup_seconds
        # Ready means the wizard's first step, not a spinner in its place.
        assert app.d.execute_script("return document.documentElement.dataset.uiReady") == "wizard"
        assert app.exists(".wizard .step-form .ant-form-item"), "ready before the first step was on screen"
        assert not app.exists(".ant-spin"), "a spinner was showing at ready"
        assert_styles_prebuilt(app)
        app.wait_for("#welcome")
        assert app.current_step() == "application"
        assert (data / "drafts").is_dir(), "the app did not use the test data folder"
        assert "示例" in app.text_of("#draft-name")
        app.shot("00-first-start-sample", langs=("zh", "en"))
        app.click("#to-drafts")
        app.wait_for("#draft-table [data-draft]")
        rows = app.all("#draft-table [data-draft]")
        assert len(rows) == 1, f"expected the sample only, got {len(rows)}"
        app.shot("01-start-screen", langs=("zh", "en"))
    # A second start does not write another sample.
    with App(data, dialogs) as app:
        assert app.d.execute_script("return document.documentElement.dataset.uiReady") == "start"
        assert app.exists("#draft-table [data-draft]"), "ready before the drafts were listed"
        assert_styles_prebuilt(app)
        assert not app.exists("#welcome")
        assert len(app.all("#draft-table [data-draft]")) == 1


def test_guangdong_company_filing():
    data, dialogs = fresh_dirs("gd")
    with App(data, dialogs) as app:
        app.click("#to-drafts")
        app.click("#new-draft")
        app.type("draft-name-input", "广东公司E2E")
        app.click("#name-ok")
        app.wait_for(".wizard")
        assert app.text_of("#draft-name") == "广东公司E2E"

        # 1. Kind and province.
        assert app.current_step() == "application"
        app.select("f-application-province", "广东")
        app.wait_for(".province-hint")
        app.shot("10-application")
        app.next()

        # 2. Entity (a company: organisation fields are shown).
        assert app.current_step() == "entity"
        app.type("f-entity-name", "广州市云帆网络科技有限公司")
        app.type("f-entity-certificate-number", COMPANY_USCC)
        app.date("f-entity-certificate-validity-start", "2018-06-01")
        app.d.execute_script(
            "arguments[0].click()", app.css('#f-entity-certificate-validity-long_term input[value="true"]')
        )
        app.type("f-entity-legal_representative", "李建国")
        app.type("f-entity-investor", "李建国")
        app.type("f-entity-certificate_address-city", "广州市")
        app.type("f-entity-certificate_address-district", "天河区")
        app.type("f-entity-certificate_address-detail", "天河路 385 号太古汇一座 2801 室")
        app.type("f-entity-mailing_address-city", "广州市")
        app.type("f-entity-mailing_address-district", "天河区")
        app.type("f-entity-mailing_address-detail", "天河路 385 号太古汇一座 2801 室")
        app.type("f-entity-business_scope", "软件开发；信息技术咨询服务")
        assert app.exists("#f-entity-legal_representative")
        app.shot("20-entity")
        app.next()

        # 3. Entity person-in-charge: a bad ID number shows an error, fixing it clears it.
        assert app.current_step() == "principal"
        app.type("f-entity-principal-name", "李建国")
        app.type("f-entity-principal-id-number", BAD_ID)
        path = "entity.principal.id.number"
        # Once the findings of the last edit are on screen: the error is at the field, with the
        # same wording in the summary.
        app.wait_validated()
        messages = [m for m in app.field_messages(path).split("\n") if m]
        assert messages, "no error at the ID field"
        assert all(m in app.summary_text() for m in messages), (messages, app.summary_text())
        assert app.exists(f'#summary .summary-item[data-field="{path}"]')
        assert app.exists('#stepper .ant-steps-item-error [data-step="principal"]') or app.exists(
            "#stepper .ant-steps-item-error"
        )
        app.shot("30-principal-bad-id", langs=("zh", "en"))
        # The summary link focuses the field.
        app.click(f'#summary .summary-item[data-field="{path}"] .summary-link')
        app.wait_until(
            lambda: app.d.execute_script("return document.activeElement && document.activeElement.id")
            == "f-entity-principal-id-number",
            what="focus on the ID field",
        )
        # Source on expand.
        app.click(f'#summary .summary-item[data-field="{path}"] .source-toggle')
        app.wait_for(".source-detail")
        app.type("f-entity-principal-id-number", PRINCIPAL_ID)
        app.wait_validated()
        # The findings are those of the fixed number now; antd lets the old message fade out
        # (a leave animation) before it is removed from the field.
        app.wait_until(lambda: not app.field_messages(path), what="the ID error to fade out")
        assert not app.exists(f'#summary .summary-item[data-field="{path}"]')
        app.date("f-entity-principal-id-validity-start", "2015-03-01")
        app.date("f-entity-principal-id-validity-end", "2035-03-01")
        app.type("f-entity-principal-mobile", "13812345678")
        app.type("f-entity-principal-landline", "020-38001234")
        app.type("f-entity-principal-email", "lijianguo@yunfan-net.cn")
        app.type("f-entity-emergency_contact-name", "张敏")
        app.type("f-entity-emergency_contact-mobile", "13912345678")
        app.type("f-entity-emergency_contact-relation", "员工")
        app.shot("31-principal-fixed")
        app.next()

        # 4. Websites: add one, remove it, fill the first.
        assert app.current_step() == "websites"
        app.click("#add-website")
        app.wait_for("#f-websites-1-name")
        app.click("#remove-website-1")
        app.wait_until(lambda: not app.exists("#f-websites-1-name"), what="website removed")
        app.type("f-websites-0-name", "云帆网络官网")
        app.type("f-websites-0-domains-0-name", "yunfan-net.cn")
        app.type("f-websites-0-home_page", "https://www.yunfan-net.cn")
        app.type("f-websites-0-access_provider", "阿里云计算有限公司")
        app.type("f-websites-0-ips", "47.106.1.20")
        app.type("f-websites-0-description", "公司官网，介绍公司与产品，不涉及在线交易。")
        app.type("f-websites-0-domains-0-holder_name", "广州市云帆网络科技有限公司")
        app.select("f-websites-0-domains-0-holder_kind", "单位")
        app.type("f-websites-0-domains-0-registrar", "阿里云计算有限公司（万网）")
        app.date("f-websites-0-domains-0-expiry", "2029-05-20")
        app.date("f-websites-0-domains-0-real_name_verified", "2025-05-21")
        app.type("f-websites-0-principal-name", "王磊")
        app.type("f-websites-0-principal-id-number", SITE_PRINCIPAL_ID)
        app.date("f-websites-0-principal-id-validity-start", "2019-01-01")
        app.date("f-websites-0-principal-id-validity-end", "2039-01-01")
        app.type("f-websites-0-principal-mobile", "13712345678")
        app.type("f-websites-0-principal-landline", "020-38001235")
        app.type("f-websites-0-principal-email", "wanglei@yunfan-net.cn")
        app.shot("40-websites")
        app.next()

        # Nothing lost between steps: back to the entity step.
        app.click('[data-step="entity"]')
        app.wait_until(lambda: app.current_step() == "entity", what="entity step")
        assert app.value("f-entity-name") == "广州市云帆网络科技有限公司"
        app.click('[data-step="checklist"]')
        app.wait_until(lambda: app.current_step() == "checklist", what="checklist step")

        # 5. Checklist.
        app.wait_until(lambda: len(app.all("#checklist-table .checklist-material")) > 0, what="checklist items")
        materials = [e.get_attribute("data-material") for e in app.all("#checklist-table .checklist-material")]
        STATE["materials"] = materials
        app.shot("50-checklist", langs=("zh", "en"))
        app.next()

        # 6. Letters: the 承诺书 is needed; preview and save it as PDF.
        assert app.current_step() == "letters"
        app.wait_until(lambda: app.exists('[data-letter="gd-commitment-organisation"]'), what="承诺书 listed")
        app.click('.letter-item[data-letter="gd-commitment-organisation"] .letter-preview')
        app.wait_until(
            lambda: app.exists('#letter-pages[data-letter="gd-commitment-organisation"] svg text'),
            timeout=120,
            what="承诺书 preview",
        )
        preview = " ".join(e.text for e in app.all("#letter-pages text"))
        assert "广州市云帆网络科技有限公司" in preview, "entity name in the preview"
        app.shot("60-letters", langs=("zh", "en"))
        app.click('.letter-item[data-letter="gd-commitment-organisation"] .letter-save')
        # Writing the PDF (font subset) is the slowest step of a debug build: a longer base wait.
        app.wait_for("#letter-message", timeout=120)
        assert app.css("#letter-message").get_attribute("data-type") == "success", app.text_of("#letter-message")
        pdfs = list(dialogs.glob("*.pdf"))
        assert len(pdfs) == 1, pdfs
        pdf = pdfs[0]
        assert pdf.read_bytes()[:5] == b"%PDF-"
        text = pdf_text(pdf)
        if text is not None:
            assert "承诺书" in text and "广州市云帆网络科技有限公司" in text, text[:300]
        app.wait_saved()


def test_reopen_finds_draft_autosaved():
    # Its own data folder: it writes the draft it then reopens (no state from another test).
    data, dialogs = fresh_dirs("reopen")
    with App(data, dialogs) as app:
        app.click("#to-drafts")
        app.click("#new-draft")
        app.type("draft-name-input", "重开测试")
        app.click("#name-ok")
        app.wait_for(".wizard")
        app.select("f-application-province", "广东")
        app.goto_step("entity")
        app.type("f-entity-name", "广州市云帆网络科技有限公司")
        app.goto_step("principal")
        app.type("f-entity-principal-id-number", PRINCIPAL_ID)
        app.goto_step("websites")
        app.type("f-websites-0-domains-0-name", "yunfan-net.cn")
        # Quit only once the app says the last edit is on disk.
        app.wait_saved()
    with App(data, dialogs) as app:
        app.wait_for('#draft-table [data-draft="重开测试"]')
        row = app.css('#draft-table [data-draft="重开测试"]')
        assert "广州市云帆网络科技有限公司" in row.get_attribute("textContent")
        assert "广东" in row.get_attribute("textContent")
        app.shot("02-start-screen-after-reopen", sizes=[SIZES[0]])
        app.d.execute_script("arguments[0].click()", row.find_element(By.CSS_SELECTOR, ".open-draft"))
        app.wait_for(".wizard")
        app.goto_step("principal")
        assert app.value("f-entity-principal-id-number") == PRINCIPAL_ID
        app.goto_step("websites")
        assert app.value("f-websites-0-domains-0-name") == "yunfan-net.cn"
    # The file on disk is the core's JSON format, private to the user, with a backup beside it.
    saved = data / "drafts" / "重开测试.json"
    doc = json.loads(saved.read_text("utf-8"))
    assert doc["schema_version"] == 1 and doc["entity"]["name"] == "广州市云帆网络科技有限公司"
    assert doc["websites"][0]["domains"][0]["name"] == "yunfan-net.cn"
    assert (data / "drafts" / "重开测试.json.bak").exists()
    if os.name == "posix":
        assert saved.stat().st_mode & 0o777 == 0o600


def test_csp_blocks_requests_to_outside_addresses():
    # The privacy promise: the page cannot reach the network. The CSP refuses the request before
    # any connection is made (a `securitypolicyviolation` event names it), so nothing is sent;
    # without the CSP the same fetch would fail too (no route), but with no violation event.
    data, dialogs = fresh_dirs("csp")
    with App(data, dialogs) as app:
        app.d.execute_script(
            """
            const url = arguments[0];
            const probe = (window.__networkProbe = { violations: [], fetch: null, image: null });
            document.addEventListener('securitypolicyviolation', (e) =>
              probe.violations.push({ uri: e.blockedURI, directive: e.effectiveDirective || e.violatedDirective }));
            fetch(url, { method: 'POST', body: 'draft', mode: 'no-cors' })
              .then(() => (probe.fetch = 'resolved'), (e) => (probe.fetch = 'rejected: ' + e));
            const img = new Image();
            img.onload = () => (probe.image = 'loaded');
            img.onerror = () => (probe.image = 'refused');
            img.src = url + '.png';
            """,
            OUTSIDE_URL,
        )
        probe = app.wait_until(
            lambda: (p := app.d.execute_script("return window.__networkProbe"))["fetch"]
            and p["image"]
            and len(p["violations"]) >= 2
            and p,
            what="both requests refused by the CSP",
        )
        assert probe["fetch"].startswith("rejected"), probe
        assert probe["image"] == "refused", probe
        blocked = {v["directive"].split(" ")[0]: v["uri"] for v in probe["violations"]}
        assert blocked.get("connect-src", "").startswith("https://203.0.113.7"), probe
        assert blocked.get("img-src", "").startswith("https://203.0.113.7"), probe
        # The app's own calls (IPC) still work after that.
        app.goto_step("entity")


def test_ime_enter_never_advances():
    data, dialogs = fresh_dirs("ime")
    with App(data, dialogs) as app:
        app.wait_for(".wizard")
        app.click('[data-step="entity"]')
        app.wait_until(lambda: app.current_step() == "entity", what="entity step")
        field = app.css("#f-entity-name")
        field.click()
        fire = """
            const [el, kind] = arguments;
            if (kind === 'composing') {
              el.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, isComposing: true}));
            } else if (kind === '229') {
              const e = new KeyboardEvent('keydown', {key: 'Enter', bubbles: true});
              Object.defineProperty(e, 'keyCode', {get: () => 229});
              el.dispatchEvent(e);
            } else if (kind === 'composition') {
              el.dispatchEvent(new CompositionEvent('compositionstart', {bubbles: true, data: 'ni'}));
              el.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
              el.dispatchEvent(new CompositionEvent('compositionend', {bubbles: true, data: '你'}));
            }
        """
        for kind in ["composing", "229", "composition"]:
            app.d.execute_script(fire, field, kind)
            # React handles a key event synchronously; settle() also lets queued tasks (the
            # composition flag's reset) run before looking.
            app.settle()
            assert app.current_step() == "entity", f"IME Enter ({kind}) advanced the wizard"
        # A plain Enter (no IME) does advance: the check above can fail.
        field.send_keys(Keys.ENTER)
        app.wait_until(lambda: app.current_step() == "principal", what="plain Enter advances")


def test_corrupt_draft_is_reported_and_left_untouched():
    data, dialogs = fresh_dirs("corrupt")
    app = App(data, dialogs).start()
    app.quit()
    broken = data / "drafts" / "损坏的草稿.json"
    garbage = b'{"schema_version": 1, "application": {"kind": "first-fil'
    broken.write_bytes(garbage)
    with App(data, dialogs) as app:
        app.wait_for('#draft-table [data-draft="损坏的草稿"] .draft-problem')
        app.click('#draft-table [data-draft="损坏的草稿"] .open-draft')
        app.wait_for("#start-error")
        msg = app.text_of("#start-error")
        assert "草稿无法打开" in msg and "草稿文件格式错误" in msg, msg
        app.shot("03-corrupt-draft", sizes=[SIZES[0]], langs=("zh", "en"))
        assert broken.read_bytes() == garbage
        assert not (data / "drafts" / "损坏的草稿.json.bak").exists()


def test_export_and_import_through_dialogs():
    data, dialogs = fresh_dirs("io")
    with App(data, dialogs) as app:
        app.click("#to-drafts")
        row = app.wait_for("#draft-table [data-draft]")
        name = row.get_attribute("data-draft")
        app.d.execute_script("arguments[0].click()", row.find_element(By.CSS_SELECTOR, ".export-draft"))
        app.wait_for("#start-notice")
        exported = dialogs / f"{name}.json"
        assert exported.exists()
        shutil.copy(exported, dialogs / "open" / "导入的草稿.json")
        app.click("#import-draft")
        app.wait_for('#draft-table [data-draft="导入的草稿"]')
        assert len(app.all("#draft-table [data-draft]")) == 2


def test_language_switch_and_keyboard():
    data, dialogs = fresh_dirs("lang")
    with App(data, dialogs) as app:
        app.wait_for(".wizard")
        app.set_lang("en")
        app.wait_until(lambda: "Save and continue" in app.text_of("#next"), what="English labels")
        app.set_lang("zh")
        app.wait_until(lambda: "保存并继续" in app.text_of("#next"), what="Chinese labels")
        # Dark mode (follows the system; the switch overrides it).
        app.click("#dark-switch")
        app.wait_until(
            lambda: app.d.execute_script("return document.documentElement.dataset.theme") == "dark",
            what="dark theme",
        )
        app.shot("70-dark", sizes=[SIZES[0]], langs=("zh",))
        app.click("#dark-switch")
        # Keyboard only: Tab reaches the next button and Enter/space on it advances.
        app.css("#next").send_keys(Keys.SPACE)
        app.wait_until(lambda: app.current_step() == "entity", what="keyboard advance")


def test_individual_never_sees_organisation_fields():
    data, dialogs = fresh_dirs("individual")
    with App(data, dialogs) as app:
        app.click("#to-drafts")
        app.click("#new-draft")
        app.type("draft-name-input", "个人备案")
        app.click("#name-ok")
        app.wait_for(".wizard")
        app.click('[data-step="entity"]')
        app.wait_until(lambda: app.current_step() == "entity", what="entity step")
        assert app.exists("#f-entity-legal_representative")
        app.select("f-entity-kind", "个人")
        app.wait_until(lambda: not app.exists("#f-entity-legal_representative"), what="organisation fields hidden")
        assert not app.exists("#f-entity-business_scope") and not app.exists("#f-entity-investor")
        app.click('[data-step="principal"]')
        app.wait_until(lambda: app.current_step() == "principal", what="principal step")
        assert app.exists("#copy-entity-person") and not app.exists("#f-entity-principal-landline")


def pdf_text(pdf: Path) -> str | None:
    if not shutil.which("pdftotext"):
        return None
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


TESTS = [
    test_first_start_opens_sample_draft,
    test_guangdong_company_filing,
    test_reopen_finds_draft_autosaved,
    test_csp_blocks_requests_to_outside_addresses,
    test_ime_enter_never_advances,
    test_corrupt_draft_is_reported_and_left_untouched,
    test_export_and_import_through_dialogs,
    test_language_switch_and_keyboard,
    test_individual_never_sees_organisation_fields,
]


def main() -> int:
    if not APP.exists():
        print(f"app binary not found: {APP}", file=sys.stderr)
        print("0 passed, 1 failed")
        return 1
    only = sys.argv[1:]
    passed = failed = 0
    from test_materials import TESTS as MATERIALS_TESTS  # materials step and letters' notes
    from test_forms import FORM_TESTS  # the wizard's forms (issue 12)
    from test_workspace import WORKSPACE_TESTS  # the agency workspace (issue 14)

    for test in TESTS + MATERIALS_TESTS + FORM_TESTS + WORKSPACE_TESTS:
        if only and not any(o in test.__name__ for o in only):
            continue
        t0 = time.monotonic()
        try:
            test()
            passed += 1
            print(f"PASS {test.__name__} ({time.monotonic() - t0:.1f}s)", flush=True)
        except Exception:  # noqa: BLE001 - report every failure and go on
            failed += 1
            print(f"FAIL {test.__name__} ({time.monotonic() - t0:.1f}s)", flush=True)
            traceback.print_exc()
    if "startup_seconds" in STATE:
        print(f"first window interactive after {STATE['startup_seconds']:.2f}s (debug build, via WebDriver)")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
