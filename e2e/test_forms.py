"""End-to-end tests of the wizard's forms (issue 12): quiet validation and the summary in form
order, several domains per website and "为此域名新建网站", the pre-approval section and the
不涉及前置审批承诺书, the hidden-field fix and a walk over every example and rule case that fails
for any finding without a visible input, shell errors in the chosen language, the shortcuts and
the "what next" page.

Run by e2e/run.py (which holds the app session helpers); each test starts the app with its own
data folder. Tests wait on states the app exposes (data-validated, data-state, element presence),
never on elapsed time.
"""

from __future__ import annotations

import copy
import json
import re
import tomllib
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import run as base
from run import App, ROOT, fresh_dirs, pdf_text

EXAMPLES = ROOT / "examples"
RULE_CASES = ROOT / "tests" / "rule_cases.toml"
FORM_STEPS = ["application", "entity", "principal", "websites"]


# ---------------------------------------------------------------- helpers


def invoke(app: App, command: str, args: dict):
    """Calls a shell command from the page, as the UI does; returns (value, error)."""
    app.d.set_script_timeout(120)
    out = app.d.execute_async_script(
        """
        const [command, args, done] = arguments;
        window.__TAURI_INTERNALS__.invoke(command, args).then((v) => done({ ok: v }), (e) => done({ err: e }));
        """,
        command,
        args,
    )
    return out.get("ok"), out.get("err")


def example(name: str) -> dict:
    return json.loads((EXAMPLES / f"{name}.json").read_text("utf-8"))


def create_drafts(app: App, drafts: dict[str, dict]) -> None:
    """Writes drafts through the shell's create_draft (the names must be free)."""
    for name, draft in drafts.items():
        created, err = invoke(app, "create_draft", {"base": name, "draft": draft})
        assert err is None and created == name, (name, created, err)


def open_draft(app: App, name: str) -> None:
    """Opens a draft from the start screen (going there first when in the wizard)."""
    if app.exists("#to-drafts"):
        app.click("#to-drafts")
    row = app.wait_for(f'#draft-table [data-draft="{name}"]')
    button = row.find_element(By.CSS_SELECTOR, ".open-draft")
    app.d.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", button)
    app.wait_until(lambda: app.text_of("#draft-name") == name, what=f"draft {name} open")
    wait_validated(app)


def wait_validated(app: App) -> None:
    app.wait_until(
        lambda: app.css(".wizard").get_attribute("data-validated") == "yes", timeout=20, what="first validation"
    )


def go_step(app: App, step: str) -> None:
    if app.current_step() != step:
        app.click(f'#stepper [data-step="{step}"]')
        app.wait_until(lambda: app.current_step() == step, what=f"step {step}")


def field_codes(app: App, path: str) -> list[str]:
    return [e.get_attribute("data-code") for e in app.all(f'.field-findings[data-field="{path}"] > div')]


def summary_items(app: App) -> list[dict]:
    return app.d.execute_script(
        """
        return [...document.querySelectorAll('#summary .summary-item')].map((li) => ({
          field: li.dataset.field, code: li.dataset.code,
          text: (li.querySelector('.summary-link') ?? li.querySelector('.summary-text') ?? li).textContent,
          matched: li.querySelector('.summary-matched')?.dataset.matched ?? null,
        }));
        """
    )


def shot_at(app: App, name: str, css: str) -> None:
    """Screenshots at both sizes, zh and en, with the element `css` scrolled to the top."""
    base.OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("zh", "en"):
        app.set_lang(lang)
        for w, h in base.SIZES:
            app.d.set_window_size(w, h)
            app.wait_until(lambda: app.d.execute_script("return window.innerWidth") == w, what="window resized")
            # Scroll, then wait for two painted frames (a resize repaints lazily under Xvfb).
            app.d.execute_async_script(
                "const [css, done] = arguments; const el = document.querySelector(css);"
                "window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 16);"
                "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                css,
            )
            app.d.save_screenshot(str(base.OUT / f"{name}-{lang}-{w}x{h}.png"))
    app.set_lang("zh")
    app.d.set_window_size(*base.SIZES[0])


def blur(app: App) -> None:
    """Moves the focus out of the current input (to the page title), as leaving a field does."""
    app.d.execute_script("document.activeElement && document.activeElement.blur()")


# The element that shows a path (same rule as ui/src/findings.ts elementOfPath, written again here
# so that a bug there cannot hide itself): its own id, or for a list item the list's id. Visible
# and editable: on screen, with an enabled input, button or check box in it.
VISIBLE_FIELD_JS = """
const path = arguments[0];
const keys = [];
for (const part of path.split('.')) {
  const m = part.match(/^([^\\[]*)((?:\\[\\d+\\])*)$/);
  if (m[1]) keys.push(m[1]);
  for (const i of m[2].matchAll(/\\[(\\d+)\\]/g)) keys.push(Number(i[1]));
}
let el = null;
for (let k = keys.slice(); ; k = k.slice(0, -1)) {
  el = document.getElementById('f-' + k.join('-'));
  if (el || k.length === 0 || typeof k[k.length - 1] !== 'number') break;
}
if (!el) return 'no element for ' + path;
if (el.getClientRects().length === 0) return 'element of ' + path + ' is hidden';
const inputs = el.matches('input,textarea,button') ? [el] : [...el.querySelectorAll('input,textarea,button')];
if (!inputs.some((i) => !i.disabled && i.getClientRects().length > 0)) {
  // A radio/checkbox input is visually hidden by antd: its wrapper is what is seen.
  if (!inputs.some((i) => !i.disabled && (i.type === 'radio' || i.type === 'checkbox'))) return 'no enabled input for ' + path;
}
return 'ok';
"""


def set_path(root: dict, path: str, value) -> None:
    """tests/rule_cases.rs set_path in Python: lists grow by copies of their last item."""
    cur = root
    parts = path.split(".")
    for n, part in enumerate(parts):
        m = re.fullmatch(r"([^\[]*)(?:\[(\d+)\])?", part)
        key, index = m.group(1), m.group(2)
        last = n == len(parts) - 1
        if index is None:
            if last:
                cur[key] = value
                return
            if not isinstance(cur.get(key), dict):
                cur[key] = {}
            cur = cur[key]
        else:
            i = int(index)
            arr = cur.setdefault(key, [])
            while len(arr) <= i:
                arr.append(copy.deepcopy(arr[-1]) if arr else None)
            if last:
                arr[i] = value
                return
            if arr[i] is None:
                arr[i] = {}
            cur = arr[i]


def rule_case_drafts() -> list[tuple[str, dict]]:
    """Every example, and every rule case's trigger and pass draft."""
    out = [(p.stem, json.loads(p.read_text("utf-8"))) for p in sorted(EXAMPLES.glob("*.json")) if ".expected" not in p.name]
    cases = tomllib.loads(RULE_CASES.read_text("utf-8"))["case"]
    for n, case in enumerate(cases):
        for which in ("trigger", "pass"):
            patches = case.get(which)
            if patches is None:
                continue
            d = example(case["base"])
            for path, value in patches.items():
                set_path(d, path, value)
            out.append((f"{n:03d}-{which}-{case['rule']}", d))
    return out


def shape(path: str) -> str:
    return re.sub(r"\[\d+\]", "[]", path)


# ---------------------------------------------------------------- tests


def test_quiet_validation_and_summary_in_form_order():
    data, dialogs = fresh_dirs("quiet")
    app = App(data, dialogs).start()
    try:
        app.click("#to-drafts")
        app.click("#new-draft")
        app.type("draft-name-input", "安静校验")
        app.click("#name-ok")
        app.wait_for(".wizard")
        wait_validated(app)
        app.next()  # leaves the application step
        assert app.current_step() == "entity"
        wait_validated(app)
        # A blank step on arrival: no red wall.
        assert summary_items(app) == [], summary_items(app)
        assert not app.exists('.field-findings[data-field="entity.name"]')
        app.shot("21-entity-blank-quiet", langs=("zh", "en"))
        # Leaving a blank field shows its finding there and in the summary.
        app.css("#f-entity-name").click()
        blur(app)
        app.wait_until(lambda: field_codes(app, "entity.name"), what="finding at the left field")
        assert [i["field"] for i in summary_items(app)] == ["entity.name"], summary_items(app)
        # "保存并继续" submits the step: back on it, every finding shows, in form order.
        app.next()
        go_step(app, "entity")
        app.wait_until(lambda: len(summary_items(app)) > 3, what="all findings of the submitted step")
        fields = [i["field"] for i in summary_items(app)]
        tops = app.d.execute_script(
            """
            return arguments[0].map((p) => {
              const id = 'f-' + p.replace(/\\[(\\d+)\\]/g, '.$1').split('.').join('-');
              const el = document.getElementById(id);
              return el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null;
            });
            """,
            fields,
        )
        placed = [t for t in tops if t is not None]
        assert len(placed) == len(tops), list(zip(fields, tops))
        assert placed == sorted(placed), f"summary not in form order: {list(zip(fields, tops))}"
        assert "entity" in [e.get_attribute("data-step") for e in app.all("#stepper .ant-steps-item-error [data-step]")]
        app.shot("22-entity-submitted-form-order", langs=("zh", "en"))
    finally:
        app.quit()


def test_company_two_domains_and_new_website_for_a_domain():
    data, dialogs = fresh_dirs("domains")
    app = App(data, dialogs).start()
    try:
        app.wait_for(".wizard")
        create_drafts(app, {"深圳两个域名": example("guangdong-company")})
        open_draft(app, "深圳两个域名")
        go_step(app, "websites")
        app.click("#add-domain-0")
        app.wait_for("#f-websites-0-domains-1-name")
        app.type("f-websites-0-domains-1-name", "xinghe-shop.cn")
        # The rule allows one domain per website: said at the domains, with its source.
        app.wait_until(
            lambda: "one-domain-per-website" in field_codes(app, "websites[0].domains"), what="one-domain finding"
        )
        finding = app.css('.field-findings[data-field="websites[0].domains"] [data-code="one-domain-per-website"]')
        assert "2019" in finding.text and "依据" in finding.text, finding.text
        shot_at(app, "41-websites-two-domains", '.field-findings[data-field="websites[0].domains"]')
        # "为此域名新建网站": a prefilled copy of the website with the second domain.
        app.click("#split-domain-0-1")
        app.wait_for("#f-websites-1-domains-0-name")
        assert app.value("f-websites-1-domains-0-name") == "xinghe-shop.cn"
        assert not app.exists("#f-websites-0-domains-1-name")
        site = example("guangdong-company")["websites"][0]
        assert app.value("f-websites-1-access_provider") == site["access_provider"]
        assert app.value("f-websites-1-ips") == ", ".join(site["ips"])
        assert app.value("f-websites-1-principal-name") == site["principal"]["name"]
        assert app.value("f-websites-1-principal-id-number") == site["principal"]["id"]["number"]
        assert app.value("f-websites-1-domains-0-holder_name") == site["domains"][0]["holder_name"]
        assert app.value("f-websites-1-name") == ""
        app.wait_until(lambda: not field_codes(app, "websites[0].domains"), what="one-domain finding gone")
        # The new website's blank name, once left, is named with its website in the summary.
        app.css("#f-websites-1-name").click()
        blur(app)
        app.wait_until(
            lambda: any(i["field"] == "websites[1].name" for i in summary_items(app)), what="website 2 name finding"
        )
        item = next(i for i in summary_items(app) if i["field"] == "websites[1].name")
        assert item["text"].startswith("网站 2："), item
        app.set_lang("en")
        item = next(i for i in summary_items(app) if i["field"] == "websites[1].name")
        assert item["text"].startswith("Website 2: "), item
        app.set_lang("zh")
        app.type("f-websites-1-name", "星河商城")
        app.type("f-websites-1-home_page", "https://xinghe-shop.cn")
        app.type("f-websites-1-description", "公司网上商城，展示公司产品。")
        app.wait_until(lambda: not any(i["field"].startswith("websites[1]") and i["code"].startswith("required") for i in summary_items(app)), what="website 2 complete")
        shot_at(app, "42-websites-split", "#f-websites-1")
        app.wait_saved()
        saved = json.loads((data / "drafts" / "深圳两个域名.json").read_text("utf-8"))
        assert [w["domains"][0]["name"] for w in saved["websites"]] == ["xinghedata.cn", "xinghe-shop.cn"]
    finally:
        app.quit()


def test_preapproval_declared_and_not_involved_letter():
    data, dialogs = fresh_dirs("preapproval")
    app = App(data, dialogs).start()
    try:
        app.wait_for(".wizard")
        create_drafts(app, {"资讯网站": example("guangdong-company")})
        open_draft(app, "资讯网站")
        go_step(app, "websites")
        # An explicit finance word in the description: the advice points at the description.
        app.type("f-websites-0-description", "公司官网，发布行业新闻与理财产品介绍。")
        app.wait_until(
            lambda: "preapproval-required" in field_codes(app, "websites[0].description"), what="pre-approval advice"
        )
        item = next(i for i in summary_items(app) if i["code"] == "preapproval-required")
        assert item["field"] == "websites[0].description", item
        app.click('#summary .summary-item[data-code="preapproval-required"] .summary-link')
        app.wait_until(
            lambda: app.d.execute_script("return document.activeElement.id") == "f-websites-0-description",
            what="focus on the description",
        )
        # A permit held: area and number (a missing number is an error at the number).
        app.click("#add-preapproval-0")
        app.wait_for("#f-websites-0-preapprovals-0-number")
        app.select("f-websites-0-preapprovals-0-area", "教育")
        app.css("#f-websites-0-preapprovals-0-number").click()
        blur(app)
        app.wait_until(
            lambda: "preapproval-number-missing" in field_codes(app, "websites[0].preapprovals[0].number"),
            what="number missing",
        )
        app.type("f-websites-0-preapprovals-0-number", "粤教民 1234 号")
        app.wait_until(lambda: not field_codes(app, "websites[0].preapprovals[0].number"), what="number accepted")
        # Declared not involved: news.
        news = app.css('#f-websites-0-not_involved input[type="checkbox"][value="news"]')
        label = news.find_element(By.XPATH, "./ancestor::label[1]")
        app.d.execute_script("arguments[0].scrollIntoView({block: 'center'})", label)
        label.click()
        app.wait_until(lambda: news.is_selected(), what="新闻 ticked")
        app.wait_until(
            lambda: "preapproval-review" not in field_codes(app, "websites[0].description"), what="review gone once declared"
        )
        shot_at(app, "43-websites-preapprovals", "#f-websites-0-preapprovals")
        app.wait_saved()
        saved = json.loads((data / "drafts" / "资讯网站.json").read_text("utf-8"))
        assert saved["websites"][0]["not_involved"] == ["news"], saved["websites"][0]
        assert saved["websites"][0]["preapprovals"] == [{"area": "education", "number": "粤教民 1234 号"}]
        # The letter is needed, and saved it names the area.
        go_step(app, "letters")
        app.wait_until(lambda: app.exists('[data-letter="preapproval-not-involved"]'), timeout=20, what="不涉及 letter")
        app.click('.letter-item[data-letter="preapproval-not-involved"] .letter-save')
        app.wait_until(lambda: list(dialogs.glob("*.pdf")), timeout=20, what="PDF saved")
        text = pdf_text(list(dialogs.glob("*.pdf"))[0])
        if text is not None:
            assert "不涉及" in text and "新闻" in text, text[:400]
    finally:
        app.quit()


def test_hidden_field_keeps_its_value_visible():
    data, dialogs = fresh_dirs("hidden")
    app = App(data, dialogs).start()
    try:
        app.wait_for(".wizard")
        d = example("guangdong-company")
        create_drafts(app, {"备案类型切换": d})
        open_draft(app, "备案类型切换")
        app.d.execute_script("arguments[0].click()", app.css('#f-application-kind input[value="new-website"]'))
        app.wait_for("#f-application-filing_number")
        assert app.exists("#f-application-previous_filings")
        app.type("f-application-filing_number", "粤ICP备12345678号")
        app.click("#add-previous-filing")
        app.type("f-application-previous_filings-0-filing_number", "粤ICP备12345678号-1")
        app.type("f-application-previous_filings-0-website_name", "星河旧站")
        app.type("f-application-previous_filings-0-domain", "xinghe-old.cn")
        # Back to 首次备案: the values stay, and so do their fields, with the findings about them.
        app.d.execute_script("arguments[0].click()", app.css('#f-application-kind input[value="first-filing"]'))
        app.wait_until(lambda: summary_items(app), what="findings about the kept values")
        for item in summary_items(app):
            if item["field"]:
                assert app.d.execute_script(VISIBLE_FIELD_JS, item["field"]) == "ok", item
        app.shot("11-application-kept-values", langs=("zh", "en"))
        # Emptied in a first filing, the field hides at once: clear it without waiting on its value.
        number = app.css("#f-application-filing_number")
        app.d.execute_script("arguments[0].scrollIntoView({block:'center'})", number)
        number.click()
        number.send_keys(Keys.CONTROL, "a")
        number.send_keys(Keys.DELETE)
        app.click("#remove-previous-0")
        app.wait_until(lambda: not app.exists("#f-application-filing_number"), what="filing number hidden once empty")
        app.wait_until(lambda: not app.exists("#f-application-previous_filings"), what="filed websites hidden")
        app.wait_until(lambda: summary_items(app) == [], what="no findings left")
    finally:
        app.quit()


def test_every_finding_has_a_visible_field():
    """Walks the examples and every rule case: each finding about a field is shown, in the step it
    links to, by a visible input. Fails naming the rule and path otherwise."""
    data, dialogs = fresh_dirs("walk")
    app = App(data, dialogs).start()
    try:
        app.wait_for(".wizard")
        drafts = rule_case_drafts()
        # The shell's own findings for each draft; pick drafts that cover every path shape.
        by_shape: dict[str, tuple[str, str, str]] = {}
        for name, d in drafts:
            report, err = invoke(app, "validate", {"draft": d})
            assert err is None, (name, err)
            for f in report["findings"]:
                if f["field"] and shape(f["field"]) not in by_shape:
                    by_shape[shape(f["field"])] = (name, f["field"], f["code"])
        chosen: dict[str, list[tuple[str, str]]] = {}
        for name, path, code in by_shape.values():
            chosen.setdefault(name, []).append((path, code))
        drafts_by_name = dict(drafts)
        create_drafts(app, {name: drafts_by_name[name] for name in chosen})
        problems = []
        for name, paths in chosen.items():
            open_draft(app, name)
            for path, code in sorted(paths, key=lambda p: FORM_STEPS.index(step_of(p[0]))):
                go_step(app, step_of(path))
                verdict = app.d.execute_script(VISIBLE_FIELD_JS, path)
                if verdict != "ok":
                    problems.append(f"{name}: {code} at {path}: {verdict}")
        base.STATE["finding_shapes"] = len(by_shape)
        print(f"  {len(by_shape)} finding path shapes from {len(drafts)} drafts, checked in {len(chosen)} drafts")
        assert not problems, "findings without a visible field:\n" + "\n".join(problems)
    finally:
        app.quit()


def step_of(path: str) -> str:
    if path.startswith("application"):
        return "application"
    if path.startswith("entity.principal") or path.startswith("entity.emergency_contact"):
        return "principal"
    if path.startswith("entity"):
        return "entity"
    return "websites"


def test_shell_error_follows_the_language():
    data, dialogs = fresh_dirs("errlang")
    app = App(data, dialogs).start()
    app.quit()
    broken = data / "drafts" / "半截草稿.json"
    broken.write_bytes(b'{"schema_version": 1, "application": {"kind": "first-fil')
    app = App(data, dialogs).start()
    try:
        app.wait_for('#draft-table [data-draft="半截草稿"] .draft-problem')
        app.css('#draft-table [data-draft="半截草稿"] .open-draft').click()
        app.wait_for("#start-error .error-message")
        zh = app.text_of("#start-error")
        assert "草稿无法打开" in zh and "内容不完整" in zh and ".bak" in zh, zh
        assert "EOF" not in zh and "The draft" not in zh, zh
        app.shot("04-shell-error", sizes=[base.SIZES[0], base.SIZES[1]], langs=("zh", "en"))
        app.click("#lang-en")
        app.wait_until(lambda: "The draft is not valid" in app.text_of("#start-error"), what="English error")
        en = app.text_of("#start-error")
        assert "backup" in en and not re.search(r"[\u4e00-\u9fff]", en.replace("半截草稿", "")), en
        app.click("#lang-zh")
        app.wait_until(lambda: "草稿无法打开" in app.text_of("#start-error"), what="Chinese again")
    finally:
        app.quit()


def test_shortcuts_and_what_next():
    data, dialogs = fresh_dirs("next")
    app = App(data, dialogs).start()
    try:
        app.wait_for(".wizard")
        d = example("guangdong-company")
        d["entity"]["principal"]["name"] = ""
        d["websites"][0]["domains"][0]["holder_name"] = ""
        create_drafts(app, {"快捷填写": d})
        open_draft(app, "快捷填写")
        go_step(app, "principal")
        app.click("#copy-legal-rep")
        app.wait_until(lambda: app.value("f-entity-principal-name") == d["entity"]["legal_representative"], what="同法定代表人")
        app.shot("32-principal-shortcut", langs=("zh", "en"))
        go_step(app, "websites")
        app.click("#copy-holder-0-0")
        app.wait_until(lambda: app.value("f-websites-0-domains-0-holder_name") == d["entity"]["name"], what="同主体名称")
        # 完成 with an error still open: the "what next" page warns and links to the step.
        app.type("f-websites-0-principal-mobile", "1380013")
        go_step(app, "letters")
        app.click("#finish")
        app.wait_for("#next-steps")
        app.wait_until(lambda: app.exists("#next-steps-errors"), what="open-errors warning")
        text = app.text_of("#next-steps")
        assert "24 小时" in text and "华为云计算技术有限公司" in text, text
        app.shot("80-what-next-errors", langs=("zh", "en"))
        app.click('#next-steps-errors [data-goto="websites"]')
        app.wait_until(lambda: app.current_step() == "websites", what="back to the websites step")
        app.type("f-websites-0-principal-mobile", "13700137000")
        app.wait_until(lambda: not field_codes(app, "websites[0].principal.mobile"), what="mobile fixed")
        # The provider picks write a name the rule data has a profile for.
        app.click('.provider-pick[data-provider="aliyun"]')
        app.wait_until(lambda: app.value("f-websites-0-access_provider") == "阿里云", what="provider picked")
        go_step(app, "letters")
        app.click("#finish")
        app.wait_for("#next-steps-ok")
        assert app.css("#next-steps").get_attribute("data-errors") == "0"
        app.shot("81-what-next", langs=("zh", "en"))
        app.click("#next-steps-exit")
        app.wait_for("#start-screen")
    finally:
        app.quit()



def chosen(app: App, field_id: str) -> str:
    """The text an antd Select shows as chosen (empty when none)."""
    box = app.css(f"#{field_id}").find_element(By.XPATH, "./ancestor::div[contains(concat(' ', @class, ' '), ' ant-select ')][1]")
    items = box.find_elements(By.CSS_SELECTOR, ".ant-select-selection-item")
    return " ".join((e.get_attribute("title") or e.get_attribute("textContent") or "") for e in items).strip()


def test_address_cascading_selects():
    """Province → city → district selects over the core's division table (issue 12): 河北省 →
    石家庄市 → 长安区 is saved as those names; 北京 fills in its one city; a city typed by hand in
    an older draft is shown as typed, with a hint."""
    data, dialogs = fresh_dirs("address")
    app = App(data, dialogs).start()
    try:
        app.wait_for(".wizard")
        d = example("guangdong-company")
        d["entity"]["mailing_address"] = {"province": None, "city": "", "district": "", "detail": "中山东路 100 号 5 楼 501 室"}
        d["entity"]["certificate_address"]["city"] = "深圳"  # typed by hand, without 市
        create_drafts(app, {"地址选择": d})
        open_draft(app, "地址选择")
        go_step(app, "entity")
        app.wait_until(
            lambda: app.css('[data-address="entity.mailing_address"]').get_attribute("data-divisions") == "loaded",
            what="division table loaded",
        )
        # The hand-typed city is kept and shown as typed, with the hint to pick one.
        assert chosen(app, "f-entity-certificate_address-city") == "深圳"
        assert app.exists('.division-hint[data-field="entity.certificate_address.city"]')
        shot_at(app, "20-entity-address-typed-city", '[data-address="entity.certificate_address"]')
        app.select("f-entity-mailing_address-province", "河北")
        app.select("f-entity-mailing_address-city", "石家庄")
        assert chosen(app, "f-entity-mailing_address-city") == "石家庄市"
        app.select("f-entity-mailing_address-district", "长安")
        assert chosen(app, "f-entity-mailing_address-district") == "长安区"
        assert not app.exists('.division-hint[data-field="entity.mailing_address.city"]')
        # Another province clears a city that is not in it; a municipality's one city is filled in.
        app.select("f-entity-certificate_address-province", "北京")
        app.wait_until(lambda: chosen(app, "f-entity-certificate_address-city") == "北京市", what="北京市 filled in")
        app.select("f-entity-certificate_address-district", "朝阳")
        shot_at(app, "21-entity-address-selects", '[data-address="entity.certificate_address"]')
        app.wait_saved()
        saved = json.loads((data / "drafts" / "地址选择.json").read_text("utf-8"))
        mailing = saved["entity"]["mailing_address"]
        assert (mailing["province"], mailing["city"], mailing["district"]) == ("hebei", "石家庄市", "长安区"), mailing
        assert mailing["detail"] == "中山东路 100 号 5 楼 501 室"
        cert = saved["entity"]["certificate_address"]
        assert (cert["province"], cert["city"], cert["district"]) == ("beijing", "北京市", "朝阳区"), cert
        # The person's ID address has the same selects.
        go_step(app, "principal")
        app.select("f-entity-principal-id_address-province", "河北")
        app.select("f-entity-principal-id_address-city", "石家庄")
        shot_at(app, "22-principal-id-address-selects", '[data-address="entity.principal.id_address"]')
    finally:
        app.quit()

FORM_TESTS = [
    test_quiet_validation_and_summary_in_form_order,
    test_company_two_domains_and_new_website_for_a_domain,
    test_preapproval_declared_and_not_involved_letter,
    test_hidden_field_keeps_its_value_visible,
    test_address_cascading_selects,
    test_every_finding_has_a_visible_field,
    test_shell_error_follows_the_language,
    test_shortcuts_and_what_next,
]
