import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Dev server: the identity back office calls the Netverify retrieval API through this proxy.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/netverify': {
        target: 'https://lon.netverify.com',
        changeOrigin: true,
        rewrite: (path) => path.replace(/^\/netverify/, '/api/netverify/v2'),
      },
      '/api': 'http://localhost:8080',
    },
  },
});
