// Astro 5 with its experimental CSP: the identity frame's host is allowed as a frame source.
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "frame-src 'self' https://acme.netverify.com",
        "img-src 'self' data:",
      ],
    },
  },
});
