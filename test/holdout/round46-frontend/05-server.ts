import { APP_BASE_HREF } from '@angular/common';
import { CSP_NONCE } from '@angular/core';
import { CommonEngine } from '@angular/ssr';
import express from 'express';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import bootstrap from './src/main.server';
import { IDENTITY_FRAME_ORIGINS } from './05-frame-security';

// Security headers of every SSR response. frame-src is built from the identity frame's allow-list
// (frame-security.ts) so the two cannot drift. Permissions-Policy is written out by hand: its origins must be
// quoted, and the camera/fullscreen delegation is the only thing that differs from the all-off default.
function securityHeaders(nonce: string): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      `style-src 'self' 'nonce-${nonce}'`,
      "img-src 'self' data:",
      "connect-src 'self'",
      `frame-src 'self' ${IDENTITY_FRAME_ORIGINS.join(' ')}`,
      "frame-ancestors 'none'",
      "object-src 'none'",
    ].join('; '),
    'Permissions-Policy':
      'camera=(self "https://tidewater.netverify.com" "https://tidewater.lon.netverify.com"), fullscreen=(self "https://tidewater.netverify.com" "https://tidewater.lon.netverify.com"), geolocation=(), microphone=()',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
  };
}

export function app(): express.Express {
  const server = express();
  const serverDistFolder = dirname(fileURLToPath(import.meta.url));
  const browserDistFolder = resolve(serverDistFolder, '../browser');
  const indexHtml = join(serverDistFolder, 'index.server.html');
  const commonEngine = new CommonEngine();

  server.set('view engine', 'html');
  server.set('views', browserDistFolder);

  server.get('*.*', express.static(browserDistFolder, { maxAge: '1y' }));

  // Angular stamps the nonce on its inline styles and the state-transfer script (CSP_NONCE).
  server.get('*', (req, res, next) => {
    const nonce = randomBytes(16).toString('base64');
    res.set(securityHeaders(nonce));
    const { protocol, originalUrl, baseUrl, headers } = req;

    commonEngine
      .render({
        bootstrap,
        documentFilePath: indexHtml,
        url: `${protocol}://${headers.host}${originalUrl}`,
        publicPath: browserDistFolder,
        providers: [
          { provide: APP_BASE_HREF, useValue: baseUrl },
          { provide: CSP_NONCE, useValue: nonce },
        ],
      })
      .then((html) => res.send(html))
      .catch((err) => next(err));
  });

  return server;
}

function run(): void {
  const port = process.env['PORT'] || 4000;
  app().listen(port, () => {
    console.log(`Node Express server listening on http://localhost:${port}`);
  });
}

run();
