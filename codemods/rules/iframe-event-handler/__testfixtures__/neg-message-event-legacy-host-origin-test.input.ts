// Unit test of the Jumio frame listener: an event dispatched from a legacy host with no web-client counterpart.
import { describe, expect, it, vi } from 'vitest';
import { listenToKyc } from './kyc-listener';

describe('Jumio frame listener', () => {
  it('accepts the resources host', () => {
    const onDone = vi.fn();
    listenToKyc(onDone);
    window.dispatchEvent(new MessageEvent('message', {
      origin: 'https://resources.netverify.com',
      data: JSON.stringify({ transactionReference: 'tx-50', eventType: 510, payload: { value: 'success' } }),
    }));
    expect(onDone).toHaveBeenCalledWith('tx-50');
  });
});
