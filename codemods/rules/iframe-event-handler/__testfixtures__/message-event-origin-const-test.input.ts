// Unit test of the Jumio frame listener: the web client's origin held in a const of the file (shorthand and named).
import { describe, expect, it, vi } from 'vitest';
import { listenToKyc } from './kyc-listener';

const WEB_CLIENT_ORIGIN = 'https://acme.netverify.com';
const origin = 'https://acme.lon.netverify.com';

describe('Jumio frame listener', () => {
  it('reports the reference on success', () => {
    const onDone = vi.fn();
    listenToKyc(onDone);
    window.dispatchEvent(new MessageEvent('message', {
      origin: WEB_CLIENT_ORIGIN,
      data: JSON.stringify({ transactionReference: 'tx-42', eventType: 510, payload: { value: 'success' } }),
    }));
    expect(onDone).toHaveBeenCalledWith('tx-42');
  });

  it('reports the reference of the EU tenant', () => {
    const onDone = vi.fn();
    listenToKyc(onDone);
    window.dispatchEvent(new MessageEvent('message', { origin, data: JSON.stringify({ transactionReference: 'tx-44', eventType: 510, payload: { value: 'success' } }) }));
    expect(onDone).toHaveBeenCalledWith('tx-44');
  });
});
