import { describe, expect, it, vi } from 'vitest';
import { render, screen, act } from '@testing-library/react';
import { KycStep } from '../src/kyc/KycStep';

// The Jumio web client posts its events to the parent window as JSON strings.
function postJumioEvent(data: object) {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(data), origin: 'https://acme.netverify.com' }));
  });
}

describe('KycStep (Jumio iframe)', () => {
  it('reports the reference on success', () => {
    const onVerified = vi.fn();
    render(<KycStep redirectUrl="https://acme.netverify.com/web/v4/app?authorizationToken=test" onVerified={onVerified} />);
    postJumioEvent({
      authorizationToken: 'test',
      transactionReference: 'tx-0001',
      eventType: 510,
      dateTime: '2024-05-02T10:00:00.000Z',
      payload: { value: 'success' },
    });
    expect(onVerified).toHaveBeenCalledWith('tx-0001');
  });

  it('shows the error code', () => {
    render(<KycStep redirectUrl="https://acme.netverify.com/web/v4/app?authorizationToken=test" onVerified={() => {}} />);
    postJumioEvent({ transactionReference: 'tx-0002', eventType: 510, payload: { value: 'error', metainfo: { code: 9820 } } });
    expect(screen.getByRole('alert')).toHaveTextContent('9820');
  });
});
