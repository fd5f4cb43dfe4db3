import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    adapter: adapter(),
    csp: {
      directives: {
        'default-src': ['self'],
        'frame-src': ['self', 'https://js.stripe.com', 'https://sdk.onfido.com', 'https://www.youtube-nocookie.com'],
      },
    },
  },
};

export default config;
