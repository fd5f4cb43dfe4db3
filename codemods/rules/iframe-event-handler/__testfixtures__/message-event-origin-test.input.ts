// Unit test of the Jumio frame listener: the web client's event dispatched as a MessageEvent from its origin.
import { describe, expect, it, vi } from 'vitest';
import { listenToKyc } from './kyc-listener';

describe('Jumio frame listener', () => {
  it('reports the reference on success', () => {
    const onDone = vi.fn();
    listenToKyc(onDone);
    window.dispatchEvent(new MessageEvent('message', {
      origin: 'https://acme.netverify.com',
      data: JSON.stringify({ transactionReference: 'tx-42', eventType: 510, payload: { value: 'success' } }),
    }));
    expect(onDone).toHaveBeenCalledWith('tx-42');
  });

  it('ignores another origin', () => {
    const onDone = vi.fn();
    listenToKyc(onDone);
    window.dispatchEvent(new MessageEvent('message', {
      origin: 'https://evil.example.com',
      data: JSON.stringify({ transactionReference: 'tx-43', eventType: 510, payload: { value: 'success' } }),
    }));
    expect(onDone).not.toHaveBeenCalled();
  });
  it('reports the reference of the EU tenant (Jumio)', () => {
    const onDone = vi.fn();
    listenToKyc(onDone);
    window.dispatchEvent(new MessageEvent('message', {
      origin: 'https://acme.lon.netverify.com',
      data: JSON.stringify({ transactionReference: 'tx-44', eventType: 510, payload: { value: 'success' } }),
    }));
    expect(onDone).toHaveBeenCalledWith('tx-44');
  });
});
