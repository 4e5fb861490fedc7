import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// The API the dev server proxies to; override to point at an API on another port.
const apiOrigin = process.env.DUBAN_API_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [
    react(),
    // Each text asset also as .br and .gz beside it: the API serves those as they are (express-static-gzip),
    // so the biggest chunk travels compressed without being compressed per request.
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
  ],
  resolve: {
    alias: {
      // The contracts package's dist is CommonJS for the API; the browser bundles the TypeScript source.
      '@duban/contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': apiOrigin,
      '/socket.io': { target: apiOrigin, ws: true },
    },
  },
  build: { outDir: 'dist' },
});
