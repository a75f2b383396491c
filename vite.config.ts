// Vite settings for the viewer in web/: `vite` serves it in development, `vite build` writes dist/web.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  build: { outDir: '../dist/web', emptyOutDir: true },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173) },
});
