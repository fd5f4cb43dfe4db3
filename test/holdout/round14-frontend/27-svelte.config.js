import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    adapter: adapter(),
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        // The identity check runs in Jumio's web client (white-label host).
        'frame-src': ['self', 'https://acme.netverify.com'],
        'script-src': ['self'],
      },
    },
  },
};

export default config;
