import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The hosted console: built to console/dist, served at `/` by the local runtime and by CloudFront
 * in AWS. `npm run build:console` builds it; `npx vite --config console/vite.config.ts` serves it
 * for development with the API proxied to a running `npm start` (GASCARE_API, default :3000).
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url)); // the console imports types and constants from shared/ and functions/
const api = process.env.GASCARE_API ?? 'http://localhost:3000';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No source maps in the build: console/dist is what S3/CloudFront and the local runtime serve,
    // and a public map hands out the console's source. (Locally `vite` serves maps in development.)
    sourcemap: false,
    // Pages and charts are lazy chunks; the entry carries only the shell.
    chunkSizeWarningLimit: 900,
  },
  server: {
    port: 5173,
    fs: { allow: [repo] },
    proxy: { '/v1': api, '/healthz': api, '/openapi.json': api },
  },
  preview: {
    proxy: { '/v1': api },
  },
});
