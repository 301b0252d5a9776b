import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative base: the same build is served by `sunlit edit` and opened as static files.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, reportCompressedSize: true, chunkSizeWarningLimit: 2000 },
});
