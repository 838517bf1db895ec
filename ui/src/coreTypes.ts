// Types of core data that have no JSON Schema in the core (letter layout, image reports).
// They mirror `icp_filing::letters::layout` and `icp_filing::images`; keep them in step.

export type Tone = "ink" | "hint";
export interface TextRun {
  type: "text";
  x_mm: number;
  baseline_mm: number;
  size_pt: number;
  char_spacing_pt: number;
  width_mm: number;
  tone: Tone;
  text: string;
}
export interface LineItem {
  type: "line";
  x1_mm: number;
  y1_mm: number;
  x2_mm: number;
  y2_mm: number;
  width_pt: number;
  dashed: boolean;
}
export interface FrameItem {
  type: "frame";
  x_mm: number;
  y_mm: number;
  w_mm: number;
  h_mm: number;
  width_pt: number;
  dashed: boolean;
  tone: Tone;
}
export type LayoutItem = TextRun | LineItem | FrameItem;
export interface LayoutPage {
  width_mm: number;
  height_mm: number;
  items: LayoutItem[];
}
export interface LetterDocument {
  kind: string;
  title: string;
  date: string;
  pages: LayoutPage[];
}

export interface ImageWarning {
  code: string;
  zh: string;
  en: string;
}
export interface ImageTarget {
  kind: string;
  system: string;
  formats: string[];
  max_bytes: number;
  min_bytes: number;
}
export interface Inspection {
  format: string;
  bytes: number;
  width: number;
  height: number;
  meets_target: boolean;
  reasons: ImageWarning[];
  target: ImageTarget;
}
export interface Prepared {
  width: number;
  height: number;
  quality: number;
  bytes: number;
  max_bytes: number;
  warnings: ImageWarning[];
}
export interface AttachedImage {
  path: string;
  inspection: Inspection;
  prepared: Prepared;
  preview: string;
}
export interface ImageRequest {
  path: string;
  kind: string;
  system: string | null;
  watermark: boolean;
}
