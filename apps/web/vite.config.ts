import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
/** The API the dev server forwards to (`npm run dev:web`); `npm start` listens on 3000 by default. */
const api = process.env.WEB_DEV_API ?? 'http://localhost:3000';

export default defineConfig({
  root: here,
  base: '/',
  // Vite 8's own JSX transform (oxc): React 17+ automatic runtime, no Babel plugin
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    // no inline polyfill script: the page's CSP allows scripts from 'self' only
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // react-router's "use client" directives mean nothing outside React Server Components
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/exports': api,
      '/imports': api,
      '/health': api,
    },
  },
});
