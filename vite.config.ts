// Vite settings for the viewer in web/: `vite` serves it in development, `vite build` writes dist/web.
// The settings live in src/server/vite-config.ts so `turngraph serve` builds and serves with the same ones.
import { defineConfig } from 'vite';
import { defaultGraphFiles, viewerViteConfig } from './src/server/vite-config.ts';

export default defineConfig(viewerViteConfig(defaultGraphFiles));
