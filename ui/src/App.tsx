// The app: header (language, light/dark), the start screen, and the wizard over one draft.
import { useCallback, useEffect, useRef, useState } from "react";
import { App as AntApp, ConfigProvider, Layout, Segmented, Switch, Space, Typography, theme } from "antd";
import zhCN from "antd/locale/zh_CN";
import enUS from "antd/locale/en_US";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import type { Draft } from "./generated/types";
import { api, errorAdvice, errorMessage, setErrorLang, type Boot } from "./api";
import { blankDraft } from "./blank";
import { LangContext, pick, UI, type Lang } from "./i18n";
import { NO_FILTER, StartScreen, type ShownError, type WorkspaceFilter } from "./StartScreen";
// The theme's tokens, shared with scripts/antd-styles.mjs (the styles built at build time).
import appTheme from "./theme.json";
import { markReady, markStartup, type ReadyScreen } from "./testState";
// The wizard is in the main bundle: on a first start it is the first screen, and a lazily loaded
// chunk showed a spinner in its place for a few hundred milliseconds. Its later steps (checklist,
// letters) are still loaded lazily (Wizard.tsx).
import { Wizard } from "./Wizard";

type Screen = { kind: "start" } | { kind: "wizard"; name: string; draft: Draft; welcome: boolean };

function useSystemDark(): boolean {
  const query = window.matchMedia?.("(prefers-color-scheme: dark)");
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const on = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener("change", on);
    return () => query.removeEventListener("change", on);
  }, [query]);
  return dark;
}

export function App({ boot }: { boot: Boot }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem("lang") === "en" ? "en" : "zh"));
  const systemDark = useSystemDark();
  const [darkOverride, setDarkOverride] = useState<boolean | null>(null);
  const dark = darkOverride ?? systemDark;
  const info = boot.info;
  const [screen, setScreen] = useState<Screen>(() =>
    boot.sample && "draft" in boot.sample
      ? { kind: "wizard", name: boot.sample.name, draft: boot.sample.draft, welcome: true }
      : { kind: "start" },
  );
  const [error, setError] = useState<ShownError | null>(() =>
    boot.error !== undefined
      ? { error: boot.error }
      : boot.sample && "error" in boot.sample
        ? { error: boot.sample.error, context: UI.corrupt }
        : null,
  );
  // The start screen's first rows (asked for before the first render), used once.
  const [firstRows, setFirstRows] = useState(boot.rows);
  // The workspace's filter, kept while a draft is open.
  const [filter, setFilter] = useState<WorkspaceFilter>(NO_FILTER);
  const readySent = useRef(false);

  useEffect(() => {
    setErrorLang(lang);
    localStorage.setItem("lang", lang);
    dayjs.locale(lang === "zh" ? "zh-cn" : "en");
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? "dark" : "light";
  }, [dark]);
  // Tells the shell (start-up time measurement) and the tests (data-ui-ready on <html>) once the
  // first screen is painted and usable: the start screen once its drafts are listed, the wizard
  // once its first step's form is on screen. Called from those screens after their first paint,
  // never while a spinner is showing.
  const onScreenReady = useCallback((shown: ReadyScreen) => {
    if (readySent.current) return;
    readySent.current = true;
    markReady(shown);
    void api.uiReady(shown).catch(() => undefined);
  }, []);
  const startReady = useCallback(() => onScreenReady("start"), [onScreenReady]);
  const wizardReady = useCallback(() => onScreenReady("wizard"), [onScreenReady]);

  const open = async (name: string, welcome = false) => {
    try {
      const draft = await api.loadDraft(name);
      setError(null);
      setScreen({ kind: "wizard", name, draft, welcome });
    } catch (e) {
      setError({ error: e, context: UI.corrupt });
      setScreen({ kind: "start" });
    }
  };

  useEffect(() => markStartup("app-mounted"), []);

  const createNew = async (base: string) => {
    const draft = blankDraft();
    const name = await api.createDraft(base, draft);
    setScreen({ kind: "wizard", name, draft, welcome: false });
  };

  return (
    <LangContext.Provider value={lang}>
      <ConfigProvider
        locale={lang === "zh" ? zhCN : enUS}
        theme={{ algorithm: dark ? theme.darkAlgorithm : theme.defaultAlgorithm, token: appTheme.token }}
      >
        <AntApp>
          <Layout className="app-layout">
            <Layout.Header className="app-header">
              <Typography.Title level={4} className="app-title" style={{ margin: 0 }}>
                {UI.appTitle.zh} <span className="app-title-en">{UI.appTitle.en}</span>
              </Typography.Title>
              <Space size="middle">
                <Segmented
                  id="lang-switch"
                  aria-label={pick(UI.language, lang)}
                  value={lang}
                  onChange={(v) => setLang(v as Lang)}
                  options={[
                    { label: <span id="lang-zh">中文</span>, value: "zh" },
                    { label: <span id="lang-en">EN</span>, value: "en" },
                  ]}
                />
                <Space size={4}>
                  <Typography.Text>{pick(UI.theme, lang)}</Typography.Text>
                  <Switch id="dark-switch" size="small" checked={dark} onChange={(v) => setDarkOverride(v)} aria-label={pick(UI.theme, lang)} />
                </Space>
              </Space>
            </Layout.Header>
            <Layout.Content className="app-content">
              {info && screen.kind === "start" && (
                <StartScreen info={info} firstRows={firstRows} onRowsTaken={() => setFirstRows(undefined)} onOpen={(n) => void open(n)} onNew={(n) => void createNew(n).catch((e) => setError({ error: e }))} error={error} setError={setError}
                  filter={filter} setFilter={setFilter}
                  onReady={startReady} />
              )}
              {!info && error && (
                <Typography.Paragraph type="danger" id="app-error">
                  {errorMessage(error.error, lang)} {errorAdvice(error.error, lang)}
                </Typography.Paragraph>
              )}
              {info && screen.kind === "wizard" && (
                <Wizard
                  key={screen.name}
                  info={info}
                  name={screen.name}
                  initial={screen.draft}
                  welcome={screen.welcome}
                  onExit={() => setScreen({ kind: "start" })}
                  onReady={wizardReady}
                />
              )}
            </Layout.Content>
          </Layout>
        </AntApp>
      </ConfigProvider>
    </LangContext.Provider>
  );
}
