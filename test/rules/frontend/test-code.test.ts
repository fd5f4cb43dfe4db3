// Which test files' web-client mocks may be migrated (analysis-frontend/test-code.ts): the file must name Jumio itself.
// Our own markers name Jumio too ("the Jumio event is passed on…"): a marker an earlier run wrote into a bank test must
// not make a rerun treat that test as Jumio's and rename its mocks then (a second run must change nothing).
import { describe, expect, it } from 'vitest';
import { KYX_EVENT_NAMES, jumioTestFile } from '../../../codemods/analysis-frontend/test-code.js';

const BANK_TEST = `describe('transfer return', () => {\n  it('posts the widget event', () => {\n    win.postMessage({ transactionReference: 'FT1', payload: { value: 'success' } }, '*');\n  });\n});\n`;

describe('jumioTestFile', () => {
  it('takes a test file that names Jumio, not one that does not', () => {
    expect(jumioTestFile('a.cy.ts', `// Jumio web client stubbed\n${BANK_TEST}`, KYX_EVENT_NAMES)).toBeDefined();
    expect(jumioTestFile('a.cy.ts', BANK_TEST, KYX_EVENT_NAMES)).toBeUndefined();
  });

  it('does not count our own markers as the file naming Jumio', () => {
    const flagged = BANK_TEST.replace("    win.postMessage", "    // TODO(netverify-migrate): iframe-event-handler: the Jumio event is passed on unparsed\n    win.postMessage");
    expect(jumioTestFile('a.cy.ts', flagged, KYX_EVENT_NAMES)).toBeUndefined();
  });

  it('skips a file that already uses the KYX names (it tests both shapes on purpose)', () => {
    expect(jumioTestFile('a.cy.ts', `// Jumio\n${BANK_TEST}// workflowExecutionId\n`, KYX_EVENT_NAMES)).toBeUndefined();
  });
});
