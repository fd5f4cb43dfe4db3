// The text scan of page templates no rule parses (engine/template-scan.ts) lists the shortened doc-sample handler —
// no origin check, the renamed field and payload.value — beside a frame asking for the legacy client's camera and
// fullscreen (round-14 hold-out: a Slim view passed silently); the same handler beside a payment frame stays unlisted.
import { describe, expect, it } from 'vitest';
import { scanTemplateCode } from '../../codemods/engine/template-scan.js';

const handler = [
  'javascript:',
  "  window.addEventListener('message', function (event) {",
  '    var data = JSON.parse(event.data);',
  "    if (data.payload.value === 'success') document.getElementById('ref').value = data.transactionReference;",
  '  });',
];

describe('template scan: a shortened doc sample beside the camera frame', () => {
  it('lists the read of a Slim view whose frame asks for camera and fullscreen', () => {
    const text = ['iframe#kyc src=@redirect_url allow="camera;fullscreen" allowfullscreen=true', ...handler].join('\n');
    const found = scanTemplateCode(text, new Set());
    expect(found.map((f) => f.rule)).toContain('iframe-event-handler');
    expect(found.find((f) => f.rule === 'iframe-event-handler')?.line).toBe(4);
  });

  it('leaves the same handler beside a payment frame unlisted', () => {
    const text = ['iframe#acs src=@acs_url allow="payment"', ...handler].join('\n');
    expect(scanTemplateCode(text, new Set())).toEqual([]);
  });
});
