// AffordabilityCheck.test.tsx — Vitest (jsdom) + Testing Library.
// The affordability check shows Openwell's bank-connection page in an iframe; Openwell posts its progress to the
// window as a JSON string. The page is never loaded in unit tests: each test dispatches what Openwell would post,
// from the origin the component accepts.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AffordabilityCheck, OPENWELL_ORIGIN } from './AffordabilityCheck';

function renderCheck() {
  const onConnected = vi.fn();
  const onFailed = vi.fn();
  render(<AffordabilityCheck connectUrl="about:blank" onConnected={onConnected} onFailed={onFailed} />);
  return { onConnected, onFailed };
}

function emit(event: object, origin = OPENWELL_ORIGIN) {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { origin, data: JSON.stringify(event) }));
  });
}

describe('AffordabilityCheck', () => {
  it('shows a spinner until the bank list has loaded', () => {
    renderCheck();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();

    emit({
      authorizationToken: 'ow-token',
      transactionReference: 'ow-31c8a0e7',
      eventType: 510,
      dateTime: '2025-02-03T11:00:00.000Z',
      payload: { value: 'loaded' },
    });

    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('reports the reference once the statements are shared', () => {
    const { onConnected, onFailed } = renderCheck();

    emit({
      authorizationToken: 'ow-token',
      transactionReference: 'ow-31c8a0e8',
      eventType: 510,
      dateTime: '2025-02-03T11:02:45.000Z',
      payload: { value: 'success' },
    });

    expect(onConnected).toHaveBeenCalledWith('ow-31c8a0e8');
    expect(onFailed).not.toHaveBeenCalled();
  });

  it('explains a bank that is not answering', () => {
    const { onConnected, onFailed } = renderCheck();

    emit({
      authorizationToken: 'ow-token',
      transactionReference: 'ow-31c8a0e9',
      eventType: 510,
      dateTime: '2025-02-03T11:03:10.000Z',
      payload: { value: 'error', metainfo: { code: 4021 } },
    });

    expect(onFailed).toHaveBeenCalledWith(4021);
    expect(onConnected).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Your bank is not answering');
  });

  it('ignores events posted from any other origin', () => {
    const { onConnected } = renderCheck();

    emit(
      {
        authorizationToken: 'ow-token',
        transactionReference: 'ow-31c8a0ea',
        eventType: 510,
        dateTime: '2025-02-03T11:04:00.000Z',
        payload: { value: 'success' },
      },
      'https://checkout.paybridge.example',
    );

    expect(onConnected).not.toHaveBeenCalled();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });

  it('lets the bank page copy the one-time code and nothing else', () => {
    renderCheck();

    expect(screen.getByTitle('Connect your bank')).toHaveAttribute('allow', 'clipboard-write');
  });
});
