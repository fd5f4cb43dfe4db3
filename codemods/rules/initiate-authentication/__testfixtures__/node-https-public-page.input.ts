// Lookalike: https.get / https.request to lon.netverify.com pages that are not the initiate API (a status page and
// the public landing page). Not a legacy initiate path: byte-identical.
import * as https from 'node:https';

export function jumioStatus(): Promise<string> {
  return new Promise((resolve, reject) => {
    https.get({ hostname: 'lon.netverify.com', path: '/status', headers: { 'User-Agent': 'uptime/1.0' } }, (res) => {
      let html = '';
      res.on('data', (c) => (html += c));
      res.on('end', () => resolve(html));
    }).on('error', reject);
  });
}

export function pingLanding(): void {
  const req = https.request({ hostname: 'lon.netverify.com', path: '/', method: 'POST' }, (res) => res.resume());
  req.end(JSON.stringify({ enrollmentTransactionReference: 'probe' }));
}
