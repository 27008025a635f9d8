/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The app proper (`src/app/boot.tsx`, loaded by the entry with a dynamic import once the start
 * preview is up) is fetched and compiled early, by a `modulepreload` link the entry adds, so
 * that importing it later costs only its evaluation.
 */
function preloadApp(): Plugin {
  return {
    name: 'osop-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/app/boot.tsx'));
        if (!chunk) return [];
        // Named in a meta tag: the entry adds the preload link itself once its workers are
        // started (fetching and compiling 0.5 MB earlier would hold the entry back).
        return [{ tag: 'meta', attrs: { name: 'osop-app-chunk', content: `./${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), preloadApp()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, host: '127.0.0.1' },
  optimizeDeps: {
    include: ['elkjs/lib/elk.bundled.js', 'yaml', 'fflate', '@xyflow/react', 'zustand'],
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
