// Astro 5 with its experimental CSP: the payment and video frames' hosts.
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "frame-src 'self' https://js.stripe.com https://player.vimeo.com",
        "img-src 'self' data:",
      ],
    },
  },
});
