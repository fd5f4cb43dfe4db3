// An iframe's allow list that delegates the camera to the legacy web client's origin (`camera 'self'
// https://acme.netverify.com; fullscreen`): iframe-allow adds the KYX features to it, and legacy-endpoint — which runs
// after it and skips a start tag another rule's work touched — must still report the legacy origin, since no rule
// rewrites it there (the KYX frame would get no camera). Hold-out round 13 (79): the item came only on a rerun.
import { describe, expect, it } from 'vitest';
import { transformText } from '../../../codemods/engine/run-on-text.js';
import { rules } from '../../../codemods/rules/index.js';

const PAGE = `<!DOCTYPE html>
<html>
<body>
  <iframe id="kyc" allow="camera 'self' https://acme.netverify.com; fullscreen" allowfullscreen></iframe>
  <script>
    window.addEventListener('message', function (event) {
      var data = JSON.parse(event.data);
      console.log('Netverify transaction reference:', data.transactionReference);
    });
  </script>
</body>
</html>
`;
const ruleSet = rules.filter((r) => ['iframe-allow', 'iframe-event-handler', 'legacy-endpoint'].includes(r.id));
const run = (text: string) => transformText({ path: 'kyc.html', absPath: '/tmp/kyc.html', text, rules: ruleSet });

describe('a legacy origin inside an edited allow list', () => {
  it('is reported on the first run, beside the added features, and a rerun changes nothing', () => {
    const r = run(PAGE);
    expect(r.output).toContain("allow=\"camera 'self' https://acme.netverify.com; fullscreen; accelerometer; gyroscope; magnetometer\"");
    expect(r.manual.map((m) => m.rule)).toEqual(['legacy-endpoint']);
    expect(r.manual[0]!.message).toContain('acme.netverify.com');
    const again = run(r.output);
    expect(again.output).toBe(r.output);
    expect(again.manual.map((m) => m.message)).toEqual(r.manual.map((m) => m.message));
  });
});
