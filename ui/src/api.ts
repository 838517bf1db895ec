// Typed calls into the Tauri shell. Every command fails with a CommandError
// `{ kind, message_zh, message_en }`; the UI shows the chosen language and says what to do by kind.
import { invoke } from "@tauri-apps/api/core";
import type { Lang } from "./i18n";
import { startupMarks } from "./testState";
import type { AttachedImage, ImageRequest, LetterDocument } from "./coreTypes";
import type {
  AppInfo,
  CalendarExport,
  ChangeReport,
  FooterView,
  Workspace,
  Checklist,
  CommandError,
  Draft,
  DraftEntry,
  ImageOptions,
  NeededLetter,
  ProvinceDivisions,
  Report,
} from "./generated/types";

export function isCommandError(e: unknown): e is CommandError {
  return typeof e === "object" && e !== null && "kind" in e && "message_zh" in e && "message_en" in e;
}

// The language errors are shown in when a caller does not pass one (App keeps it current).
let errorLang: Lang = "zh";
export function setErrorLang(lang: Lang): void {
  errorLang = lang;
}

/** The error's message in one language (the chosen one unless `lang` is given). */
export function errorMessage(e: unknown, lang: Lang = errorLang): string {
  if (isCommandError(e)) return lang === "zh" ? e.message_zh : e.message_en;
  if (e instanceof Error) return e.message;
  return String(e);
}

/** What the user can do about an error, by its kind; null when there is nothing to add. */
export function errorAdvice(e: unknown, lang: Lang = errorLang): string | null {
  if (!isCommandError(e)) return null;
  const advice: Partial<Record<CommandError["kind"], { zh: string; en: string }>> = {
    "invalid-draft": {
      zh: "文件已损坏或不是草稿，本程序没有改动它。可以从同名的 .bak 备份恢复，或导入一份完好的草稿。",
      en: "The file is damaged or not a draft; it was left unchanged. Restore it from the .bak backup beside it, or import a good copy.",
    },
    "unsupported-version": {
      zh: "草稿由其他版本的备案助手写入，请用写入它的版本打开或更新本程序。",
      en: "The draft was written by another version of the app: open it with that version, or update this one.",
    },
    "not-found": {
      zh: "文件不存在，可能已被移动或删除。返回草稿列表刷新后再试。",
      en: "The file is not there any more (moved or deleted). Go back to the drafts list and try again.",
    },
    "permission-denied": {
      zh: "没有读写这个文件或文件夹的权限。请检查文件夹权限，或另存到您有权限的位置。",
      en: "No permission to read or write this file or folder. Check the folder's permissions, or save somewhere you can write.",
    },
    io: {
      zh: "读写文件失败（例如磁盘已满）。释放空间后重试。",
      en: "Reading or writing failed (for example the disk is full). Free some space and try again.",
    },
  };
  const a = advice[e.kind];
  return a ? (lang === "zh" ? a.zh : a.en) : null;
}

// index.html asks for the app's information and the drafts' rows before the bundle has loaded
// (see there); `boot` (main.tsx) takes those answers once, later calls ask again.
declare global {
  interface Window {
    __icpEarly?: { info: Promise<AppInfo>; rows: Promise<Workspace> };
  }
}

/** What the first screen needs, asked for before the first render (main.tsx). */
export interface Boot {
  /** The app's information, or why the shell could not give it. */
  info: AppInfo | null;
  error?: unknown;
  /** A first start: the sample draft, opened in the wizard (or why it could not be read). */
  sample?: { name: string; draft: Draft } | { name: string; error: unknown };
  /** Otherwise the start screen's rows: listed, or still on their way. */
  rows?: Workspace | Promise<Workspace>;
}

/** How long the first render waits for the drafts' rows before showing the start screen without
 * them (a large folder): the table then fills in when they come. */
const ROWS_WAIT_MS = 250;

/** Asks for what the first screen needs (taking index.html's early answers). */
export async function boot(): Promise<Boot> {
  const early = window.__icpEarly;
  window.__icpEarly = undefined;
  let info: AppInfo;
  try {
    info = await (early?.info ?? api.appInfo());
  } catch (error) {
    return { info: null, error };
  }
  const name = info.sample_created;
  if (name) {
    early?.rows.catch(() => undefined); // not shown: the wizard comes first
    try {
      return { info, sample: { name, draft: await api.loadDraft(name) } };
    } catch (error) {
      return { info, sample: { name, error } };
    }
  }
  const rows = early?.rows ?? api.workspaceRows();
  const listed = await Promise.race([
    rows.then((w): Workspace | null => w, () => null),
    new Promise<null>((resolve) => window.setTimeout(() => resolve(null), ROWS_WAIT_MS)),
  ]);
  return { info, rows: listed ?? rows };
}

export const api = {
  appInfo: () => invoke<AppInfo>("app_info"),
  uiReady: (screen: "start" | "wizard") => invoke<void>("ui_ready", { pageMs: performance.now(), screen, marks: startupMarks() }),
  validate: (draft: Draft, name?: string) => invoke<Report>("validate", { draft, name: name ?? null }),
  checklist: (draft: Draft) => invoke<Checklist>("checklist", { draft }),
  listDrafts: () => invoke<DraftEntry[]>("list_drafts"),
  loadDraft: (name: string) => invoke<Draft>("load_draft", { name }),
  saveDraft: (name: string, draft: Draft) => invoke<void>("save_draft", { name, draft }),
  createDraft: (base: string, draft: Draft) => invoke<string>("create_draft", { base, draft }),
  duplicateDraft: (name: string, newName: string) =>
    invoke<string>("duplicate_draft", { name, newName }),
  deleteDraft: (name: string) => invoke<void>("delete_draft", { name }),
  exportDraft: (name: string) => invoke<string | null>("export_draft", { name }),
  importDraft: () => invoke<string | null>("import_draft"),
  lettersNeeded: (draft: Draft) => invoke<NeededLetter[]>("letters_needed", { draft }),
  divisions: () => invoke<ProvinceDivisions[]>("divisions"),
  workspaceRows: () => invoke<Workspace>("workspace_rows"),
  exportCalendar: (lang: Lang) => invoke<CalendarExport | null>("export_calendar", { lang }),
  changeReport: (draft: Draft) => invoke<ChangeReport | null>("change_report", { draft }),
  startChange: (draft: Draft) => invoke<Draft>("start_change", { draft }),
  footers: (draft: Draft) => invoke<FooterView>("footers", { draft }),
};


export const letterApi = {
  layout: (draft: Draft, id: string) => invoke<LetterDocument>("letter_layout", { draft, id }),
  save: (draft: Draft, id: string) => invoke<string | null>("save_letter", { draft, id }),
  print: (draft: Draft, id: string) => invoke<string>("print_letter", { draft, id }),
};

export const imageApi = {
  options: () => invoke<ImageOptions>("image_options"),
  pick: () => invoke<string | null>("pick_image"),
  attach: (request: ImageRequest) => invoke<AttachedImage>("attach_image", { request }),
  export: (draft: Draft, request: ImageRequest, item: number) =>
    invoke<string | null>("export_image", { draft, request, item }),
};
