import { describe, expect, it } from 'vitest';
import { Project, ts } from 'ts-morph';
import { analyzeMessageHandlers } from '../../../codemods/analysis-frontend/index.js';

const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve } });
let n = 0;
function handlers(code: string, ext = 'ts') {
  const sf = project.createSourceFile(`/f${++n}.${ext}`, code);
  return analyzeMessageHandlers(sf);
}

describe('analysis-frontend: message handlers', () => {
  it('proves the doc sample', () => {
    const [h] = handlers(`function receiveMessage(event) {
  var data = window.JSON.parse(event.data);
  console.log('auth-token:', data.authorizationToken);
  console.log('event-type:', data.eventType);
  console.log('date-time:', data.dateTime);
  console.log('transaction reference:', data.transactionReference);
  console.log('value:', data.payload.value);
  console.log('metainfo:', data.payload.metainfo);
}
window.addEventListener("message", receiveMessage, false);`, 'js');
    expect(h.verdict.proven).toBe(true);
    expect(h.data.reads.map((r) => r.path.join('.'))).toContain('transactionReference');
  });
  it('rejects a 3-D Secure handler reading transactionReference and payload.value', () => {
    const [h] = handlers(`window.addEventListener('message', (e) => {
  const data = JSON.parse(e.data);
  if (data.payload.value === 'success') completePayment(data.transactionReference);
});`);
    expect(h.verdict.proven).toBe(false);
  });
});
