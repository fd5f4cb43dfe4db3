// Unit test of the card widget listener: the 3-D Secure result dispatched as a MessageEvent from its origin.
import { describe, expect, it, vi } from 'vitest';
import { listenToChallenge } from './challenge-listener';

describe('card challenge listener', () => {
  it('reports the payment reference', () => {
    const onDone = vi.fn();
    listenToChallenge(onDone);
    window.dispatchEvent(new MessageEvent('message', {
      origin: 'https://hooks.stripe.com',
      data: JSON.stringify({ transactionReference: 'pay-1', eventType: 510, payload: { value: 'success' } }),
    }));
    expect(onDone).toHaveBeenCalledWith('pay-1');
  });
});
