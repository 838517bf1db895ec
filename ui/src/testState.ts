// State the end-to-end tests wait on (e2e/run.py), as sequence numbers on <html> that only grow:
//   data-edit-seq       the draft shown in the wizard changed (one number per version)
//   data-validated-seq  the findings on screen are those of that version
//   data-saved-seq      that version is on disk (autosave or save on leaving a step)
//   data-ui-ready       set once, to "start" or "wizard", when the first screen is painted and
//                       usable (the same moment the shell's `ui_ready` is called, App.tsx)
//   data-ui-built-styles  antd styles the page built itself for that first screen (0 expected)
// A test reads the numbers, acts, and waits until validated/saved catch up with edit: a wait on
// what the app has done, not on elapsed time. Nothing here changes what the user sees.
import type { StartupMark } from "./generated/types";

let edit = 0;
let validated = 0;
let saved = 0;

function publish(): void {
  const data = document.documentElement.dataset;
  data.editSeq = String(edit);
  data.validatedSeq = String(validated);
  data.savedSeq = String(saved);
}

/** A new version of the draft is on screen; returns its number. */
export function markEdited(): number {
  edit += 1;
  publish();
  return edit;
}

/** The number of the version on screen now (what a save started now writes). */
export function currentEdit(): number {
  return edit;
}

/** The findings of version `seq` are on screen. */
export function markValidated(seq: number): void {
  validated = Math.max(validated, seq);
  publish();
}

/** Version `seq` is saved. */
export function markSaved(seq: number): void {
  saved = Math.max(saved, seq);
  publish();
}

/** The first screen the app shows: the list of drafts, or the wizard over a draft. */
export type ReadyScreen = "start" | "wizard";

/**
 * A named moment of the start-up (performance.mark), sent with `ui_ready` so that
 * scripts/measure-app.sh can say where the page's time goes. Costs nothing the user sees.
 */
export function markStartup(name: string): void {
  performance.mark(name);
}

/** The start-up marks so far, in ms since the page started loading. */
export function startupMarks(): StartupMark[] {
  // With the browser's own paint times (first-contentful-paint) where it records them.
  return [...performance.getEntriesByType("mark"), ...performance.getEntriesByType("paint")].map((m) => ({ name: m.name, ms: m.startTime }));
}

/** The first screen is painted and usable. */
export function markReady(screen: ReadyScreen): void {
  // How many antd styles the page had to build itself for the first screen (style elements antd
  // inserts, marked data-css-hash): none when the build-time file (scripts/antd-styles.mjs)
  // covers every component on it.
  document.documentElement.dataset.uiBuiltStyles = String(document.querySelectorAll("style[data-css-hash]").length);
  document.documentElement.dataset.uiReady = screen;
}

// data-workspace-seq: the workspace table shows the rows of its latest load (one number per load).
let workspace = 0;

/** The workspace shows freshly loaded rows. */
export function markWorkspaceLoaded(): void {
  workspace += 1;
  document.documentElement.dataset.workspaceSeq = String(workspace);
}
