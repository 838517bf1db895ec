// ESLint for the UI (scripts/test-all.sh runs `npm run -s lint`): typescript-eslint's recommended
// type-aware rules plus the React hooks rules, which find real bugs (stale closures, hooks called
// conditionally). Purely stylistic rules are left to the code's authors.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "src/generated/", "scripts/", "eslint.config.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Effects that run once on mount, or again only when chosen options change, list their
      // dependencies on purpose; the rule would have them re-run on every render.
      "react-hooks/exhaustive-deps": "off",
      // `onClick={async () => …}` is how antd handlers are written here; each handler catches its
      // own errors. Promises passed elsewhere (non-JSX) are still checked.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
);
