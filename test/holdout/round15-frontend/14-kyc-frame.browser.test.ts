// Vitest browser-mode test of the Jumio frame listener.
import { describe, expect, it, vi } from 'vitest';
import { listenToKyc } from './kyc-listener';

describe('Jumio frame listener', () => {
  it('reports the reference on success', () => {
    const onDone = vi.fn();
    const stop = listenToKyc(onDone, vi.fn());
    window.dispatchEvent(new MessageEvent('message', {
      origin: 'https://acme.netverify.com',
      data: JSON.stringify({ transactionReference: 'tx-42', eventType: 510, payload: { value: 'success' } }),
    }));
    expect(onDone).toHaveBeenCalledWith('tx-42');
    stop();
  });
});
