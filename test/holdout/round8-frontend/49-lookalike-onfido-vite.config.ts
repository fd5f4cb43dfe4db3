import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Dev proxy to the Onfido API (the identity provider of the EU tenant).
export default defineConfig({
  plugins: [vue()],
  server: {
    proxy: {
      '/onfido': {
        target: 'https://api.eu.onfido.com',
        changeOrigin: true,
        rewrite: (path) => path.replace(/^\/onfido/, '/v3.6'),
      },
    },
  },
});
