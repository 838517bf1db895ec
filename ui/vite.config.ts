// Vite builds the UI into ui/dist, which Tauri embeds in the binary (tauri.conf.json frontendDist).
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  base: "./",
  clearScreen: false,
  build: {
    outDir: "dist",
    target: ["es2021", "safari15"],
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
});
