import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { boot } from "./api";
// antd's styles for the components the app uses, built into a file at build time
// (scripts/antd-styles.mjs) instead of in the page at start-up; before the app's own styles.
import "./generated/antd-static.css";
import "./styles.css";
import { markStartup } from "./testState";

markStartup("js-evaluated");

// The first render waits for what the first screen shows (asked for by index.html as the page
// started), so the window goes from blank to the screen without a spinner frame in between.
void boot().then((b) => {
  markStartup("booted");
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App boot={b} />
    </StrictMode>,
  );
});
