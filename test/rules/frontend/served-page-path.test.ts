// Route proof for a static page the landing route sends (landing-page-params/served-page.ts): the page is named by
// the whole path the handler builds — path.join(__dirname, 'public', 'success.html') names public/success.html, not
// every success.html of the repository (a checkout page of that name, reading its own transactionReference, stays).
import { describe, expect, it } from 'vitest';
import { runCodemod } from '../../../codemods/engine/runner.js';
import { repo } from '../../support/handler-repo.js';

const server = (send: string, at = '') => `const express = require('express');
const path = require('path');
const request = require('request');

const app = express();

app.get('/verified', (req, res) => {
  ${send};
});

app.post('/start', (req, res) => {
  request({
    method: 'POST',
    url: 'https://netverify.com/api/v4/initiate',
    auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
    json: { customerInternalReference: req.body.ref, userReference: req.body.user, successUrl: \`\${process.env.APP_URL}/verified\` },
  }, (err, response, body) => (err ? res.status(502).end() : res.redirect(body.redirectUrl)));
});
${at}`;
const PAGE = `<!DOCTYPE html>
<html>
<body>
  <p>Reference <span id="ref"></span>.</p>
  <script>
    var params = new URLSearchParams(window.location.search);
    document.getElementById('ref').textContent = params.get('transactionReference');
  </script>
</body>
</html>
`;
const RENAMED = "params.get('workflowExecutionId')";

async function outputs(files: Record<string, string>) {
  const root = repo({ 'package.json': '{}', ...files });
  const r = await runCodemod({ cwd: root, paths: ['.'], workers: 1, ruleIds: ['landing-page-params'] });
  return (p: string) => r.outcomes.find((o) => o.path === p)?.output ?? '';
}

describe('a static page sent by the landing route', () => {
  it('is the one the joined path names; another page of the same name stays', async () => {
    for (const [file, send] of [
      ['server.js', "res.sendFile(path.join(__dirname, 'public', 'success.html'))"],
      ['src/server.js', "res.sendFile(path.resolve(__dirname, '..', 'public/success.html'))"],
    ]) {
      const out = await outputs({ [file]: server(send), 'public/success.html': PAGE, 'checkout/success.html': PAGE });
      expect(out('public/success.html'), send).toContain(RENAMED);
      expect(out('checkout/success.html'), send).toBe('');
    }
  });

  it('a bare file name proves the page only when no other page has that name', async () => {
    const send = "res.sendFile('success.html', { root: path.join(__dirname, 'public') })";
    const two = await outputs({ 'server.js': server(send), 'public/success.html': PAGE, 'checkout/success.html': PAGE });
    expect(two('public/success.html')).toBe('');
    expect(two('checkout/success.html')).toBe('');
    const one = await outputs({ 'server.js': server(send), 'public/success.html': PAGE });
    expect(one('public/success.html')).toContain(RENAMED);
  });

  it('a path built from __dirname names one file exactly: the page beside the server, not a same-named page elsewhere', async () => {
    const send = "res.sendFile(__dirname + '/success.html')";
    const out = await outputs({ 'server.js': server(send), 'success.html': PAGE, 'checkout/success.html': PAGE });
    expect(out('success.html')).toContain(RENAMED);
    expect(out('checkout/success.html')).toBe('');
  });
});
