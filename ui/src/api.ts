// Typed calls into the Tauri shell. Every command fails with a CommandError `{ kind, message }`.
import { invoke } from "@tauri-apps/api/core";
import type { AttachedImage, ImageRequest, LetterDocument } from "./coreTypes";
import type {
  AppInfo,
  Checklist,
  CommandError,
  Draft,
  DraftEntry,
  ImageOptions,
  NeededLetter,
  Report,
} from "./generated/types";

export function isCommandError(e: unknown): e is CommandError {
  return typeof e === "object" && e !== null && "kind" in e && "message" in e;
}

export function errorMessage(e: unknown): string {
  if (isCommandError(e)) return e.message;
  return String(e);
}

export const api = {
  appInfo: () => invoke<AppInfo>("app_info"),
  uiReady: () => invoke<void>("ui_ready", { pageMs: performance.now() }),
  validate: (draft: Draft) => invoke<Report>("validate", { draft }),
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
