import { defineConfig, type Plugin } from 'vite';

// Security policy of the payout re-authentication app (Ledgerly).
//
// Production responses get their CSP from the CDN edge function, which also replaces the nonce placeholder below.
// The meta tag this plugin writes into index.html is what applies in `vite preview` and on the static staging
// bucket, so the two lists must stay the same. frame-src is the Netverify web client on our white-label host.
const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'nonce-__CSP_NONCE__'"],
  'style-src': ["'self'", "'nonce-__CSP_NONCE__'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'https://api.ledgerly.example'],
  'frame-src': ['https://ledgerly.netverify.com'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

// Dev and preview servers only (the CDN sets the same headers in production). The identity frame needs the camera;
// the rest of the app needs nothing.
const SECURITY_HEADERS: Record<string, string> = {
  'Permissions-Policy':
    'camera=(self "https://ledgerly.netverify.com"), fullscreen=(self "https://ledgerly.netverify.com"), microphone=(), geolocation=(), payment=()',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
};

function serializeCsp(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

function cspMetaTag(): Plugin {
  const content = serializeCsp(CSP_DIRECTIVES);
  return {
    name: 'ledgerly:csp-meta',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig(({ command }) => ({
  plugins: [cspMetaTag()],
  // Vite stamps this nonce on the script and style tags it writes; the edge function swaps in a fresh one.
  html: { cspNonce: '__CSP_NONCE__' },
  server: { port: 5173, strictPort: true, headers: SECURITY_HEADERS },
  preview: { port: 4173, headers: SECURITY_HEADERS },
  build: {
    target: 'es2022',
    sourcemap: command === 'build' ? 'hidden' : true,
  },
}));
