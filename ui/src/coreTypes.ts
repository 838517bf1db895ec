// Names the UI uses for core types; every type is generated from the Rust types
// (ui/src/generated/types.ts, scripts/check-ui-types.sh), none is mirrored by hand.
export type {
  AttachedImage,
  Document as LetterDocument,
  Frame as FrameItem,
  ImageRequest,
  ImageWarning,
  Inspection,
  Item as LayoutItem,
  Page as LayoutPage,
  Prepared,
  Rect as CropRect,
  Target as ImageTarget,
  TextRun,
  Tone,
} from "./generated/types";
