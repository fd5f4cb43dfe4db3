// A server view (Express + EJS) whose only script is served from the app's static folder — `<script
// src="/js/auth.js">` with public/js/auth.js on disk (express.static('public')) — attaching a proven Jumio message
// handler: the view's frame is the web client's and gets the KYX allow list, as when the script sits beside the page.
// A view loading a script of the same path that handles another vendor's events keeps its frame as it is.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../../support/temp-repo-run.js';

const run = tempRepoRunner('nvm-static-scripts-');
const VIEW = `<!doctype html>
<html>
<body>
  <iframe id="nv" src="<%= iframeUrl %>" width="100%" height="700" allow="camera"></iframe>
  <script src="/js/auth.js"></script>
</body>
</html>
`;
const JUMIO_SCRIPT = `(function () {
  window.addEventListener('message', function (e) {
    if (e.origin.indexOf('netverify.com') === -1) return;
    var d = JSON.parse(e.data);
    if (d.payload.value === 'success') window.location = '/auth/done';
  }, false);
})();
`;
const OTHER_SCRIPT = `(function () {
  window.addEventListener('message', function (e) {
    if (e.origin !== 'https://checkout.acquirer.example') return;
    if (JSON.parse(e.data).status === 'paid') window.location = '/paid';
  }, false);
})();
`;

describe('scripts served from a static folder', () => {
  it('proves the frame of a view whose /js/… script lives in public/', async () => {
    const out = await run({ 'views/auth.ejs': VIEW, 'public/js/auth.js': JUMIO_SCRIPT });
    expect(out('views/auth.ejs')).toContain('allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen');
  });

  it('finds the static folder of an app inside a monorepo (apps/web/static/js/…)', async () => {
    const out = await run({ 'apps/web/views/auth.ejs': VIEW, 'apps/web/static/js/auth.js': JUMIO_SCRIPT });
    expect(out('apps/web/views/auth.ejs')).toContain('allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"');
  });

  it('leaves the frame of a view whose static script handles another vendor', async () => {
    const out = await run({ 'views/pay.ejs': VIEW, 'public/js/auth.js': OTHER_SCRIPT });
    expect(out('views/pay.ejs')).toBe(VIEW);
  });
});
