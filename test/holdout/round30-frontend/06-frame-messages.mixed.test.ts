// Unit tests of the frame message listener (vitest, jsdom).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchFrameMessages } from './frame-messages';

describe('frame messages', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('hands the Jumio reference to onDone after a success event', () => {
    const onDone = vi.fn();
    stop = watchFrameMessages({ onDone, onChallenge: vi.fn() });
    window.dispatchEvent(new MessageEvent('message', {
      origin: 'https://acme.lon.netverify.com',
      data: JSON.stringify({ transactionReference: 'jm-5521', eventType: 510, dateTime: '2025-01-14T09:30:00.000Z', payload: { value: 'success' } }),
    }));
    expect(onDone).toHaveBeenCalledWith('jm-5521');
  });

  it('completes the card challenge', () => {
    const onChallenge = vi.fn();
    stop = watchFrameMessages({ onDone: vi.fn(), onChallenge });
    window.dispatchEvent(new MessageEvent('message', {
      origin: 'https://acs.cardissuer.example',
      data: JSON.stringify({ transactionReference: 'acs-0912', payload: { value: 'success' } }),
    }));
    expect(onChallenge).toHaveBeenCalledWith('acs-0912');
  });
});
