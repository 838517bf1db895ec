// Names the UI uses for core types. Every field comes from the generated types
// (ui/src/generated/types.ts, made from the Rust types by scripts/check-ui-types.sh); none is
// mirrored by hand. One thing the generator drops is added here: the `type` tag serde writes on
// each layout item (`#[serde(tag = "type")]` on `letters::layout::Item`).
import type { Document, Frame, Page, Rule, TextRun } from "./generated/types";

export type {
  AttachedImage,
  Frame as FrameItem,
  ImageRequest,
  ImageWarning,
  Inspection,
  Prepared,
  Rect as CropRect,
  Target as ImageTarget,
  TextRun,
  Tone,
} from "./generated/types";

export type LayoutItem = ({ type: "text" } & TextRun) | ({ type: "line" } & Rule) | ({ type: "frame" } & Frame);
export type LayoutPage = Omit<Page, "items"> & { items: LayoutItem[] };
export type LetterDocument = Omit<Document, "pages"> & { pages: LayoutPage[] };
