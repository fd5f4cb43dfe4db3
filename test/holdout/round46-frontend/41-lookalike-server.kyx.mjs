// Serves the built onboarding SPA (Vite output in dist/) with its security headers.
//
// The identity step embeds Jumio's KYX web client from our EU white-label host (web.href of the account response),
// so three headers must name it: the CSP frame-src (helmet), and the delegation of the five features the KYX client
// asks for (camera, fullscreen and the motion sensors of its liveness check) in both Permissions-Policy and the older
// Feature-Policy (Safari 15 and the in-app browsers some applicants use still only read the latter).
import express from 'express';
import helmet from 'helmet';
import compression from 'compression';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(fileURLToPath(import.meta.url));
const distDir = path.join(root, 'dist');
const indexHtml = await readFile(path.join(distDir, 'index.html'), 'utf8');

const app = express();
app.disable('x-powered-by');
app.set('trust proxy', 1);
app.use(compression());

// One nonce per response, for the inline bootstrap script and styles Vite leaves in index.html.
app.use((req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString('base64');
  next();
});

app.use(
  helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        scriptSrc: ["'self'", (req, res) => `'nonce-${res.locals.cspNonce}'`],
        styleSrc: ["'self'", (req, res) => `'nonce-${res.locals.cspNonce}'`],
        frameSrc: ["'self'", 'https://fernhill.web.emea-1.jumio.ai'],
        connectSrc: ["'self'", 'https://eu.i.posthog.com'],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
      },
    },
    // The web client's frame is cross-origin and sends no CORP header: require-corp would block it.
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  }),
);

// helmet sets neither of these.
app.use((req, res, next) => {
  res.setHeader(
    'Feature-Policy',
    "camera 'self' https://fernhill.web.emea-1.jumio.ai; fullscreen 'self' https://fernhill.web.emea-1.jumio.ai; accelerometer 'self' https://fernhill.web.emea-1.jumio.ai; gyroscope 'self' https://fernhill.web.emea-1.jumio.ai; magnetometer 'self' https://fernhill.web.emea-1.jumio.ai; microphone 'none'; geolocation 'none'",
  );
  res.setHeader(
    'Permissions-Policy',
    'camera=(self "https://fernhill.web.emea-1.jumio.ai"), fullscreen=(self "https://fernhill.web.emea-1.jumio.ai"), accelerometer=(self "https://fernhill.web.emea-1.jumio.ai"), gyroscope=(self "https://fernhill.web.emea-1.jumio.ai"), magnetometer=(self "https://fernhill.web.emea-1.jumio.ai"), microphone=(), geolocation=()',
  );
  next();
});

app.use(
  '/assets',
  express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false }),
);

app.get('/healthz', (req, res) => {
  res.json({ ok: true });
});

// Every other route is the SPA: stamp the nonce into index.html (Vite's html.cspNonce wrote the placeholder).
app.get('*', (req, res) => {
  res.set('Cache-Control', 'no-store');
  res.type('html').send(indexHtml.replaceAll('__CSP_NONCE__', res.locals.cspNonce));
});

const port = Number(process.env.PORT ?? 8080);
app.listen(port, () => {
  console.log(`onboarding-web listening on :${port}`);
});
