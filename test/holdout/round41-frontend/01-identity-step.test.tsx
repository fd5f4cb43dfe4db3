// IdentityStep.test.tsx — Vitest (jsdom) + Testing Library.
// The identity step embeds the Jumio web client (Netverify) and listens to the events it posts to the window. The web
// client itself is never loaded here: each test fires the event the client would post — a JSON string — at the window,
// from the tenant's web-client origin, because the component drops messages from any other origin.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { IdentityStep } from './IdentityStep';

// Our white-label web client ("acme" prefix in the Customer Portal).
const WEB_CLIENT_ORIGIN = 'https://acme.netverify.com';

function renderStep() {
  const onVerified = vi.fn();
  const onFailed = vi.fn();
  render(<IdentityStep frameUrl="about:blank" onVerified={onVerified} onFailed={onFailed} />);
  return { onVerified, onFailed };
}

describe('IdentityStep — web client events', () => {
  it('hides the spinner once the web client has loaded', async () => {
    renderStep();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();

    fireEvent(window, new MessageEvent('message', {
      origin: WEB_CLIENT_ORIGIN,
      data: JSON.stringify({
        authorizationToken: 'vt-token',
        transactionReference: 'vt-3f9a0172',
        eventType: 510,
        dateTime: '2024-10-01T07:45:00.000Z',
        payload: { value: 'loaded' },
      }),
    }));

    expect(await screen.findByText('Hold your ID document up to the camera')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('reports the reference when the capture succeeds', () => {
    const { onVerified, onFailed } = renderStep();

    fireEvent(window, new MessageEvent('message', {
      origin: WEB_CLIENT_ORIGIN,
      data: JSON.stringify({
        authorizationToken: 'vt-token',
        transactionReference: 'vt-3f9a0173',
        eventType: 510,
        dateTime: '2024-10-01T07:47:12.000Z',
        payload: { value: 'success' },
      }),
    }));

    expect(onVerified).toHaveBeenCalledWith('vt-3f9a0173');
    expect(onFailed).not.toHaveBeenCalled();
  });

  it('shows the error code and a retry button when the capture fails', async () => {
    const { onVerified, onFailed } = renderStep();

    fireEvent(window, new MessageEvent('message', {
      origin: WEB_CLIENT_ORIGIN,
      data: JSON.stringify({
        authorizationToken: 'vt-token',
        transactionReference: 'vt-3f9a0174',
        eventType: 510,
        dateTime: '2024-10-01T07:49:30.000Z',
        payload: { value: 'error', metainfo: { code: 9820 } },
      }),
    }));

    expect(onFailed).toHaveBeenCalledWith(9820);
    expect(onVerified).not.toHaveBeenCalled();
    expect(await screen.findByRole('alert')).toHaveTextContent('9820');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  it('ignores messages that are not JSON (dev-server pings)', () => {
    const { onVerified, onFailed } = renderStep();

    fireEvent(window, new MessageEvent('message', { origin: WEB_CLIENT_ORIGIN, data: 'webpackHotUpdate' }));

    expect(onVerified).not.toHaveBeenCalled();
    expect(onFailed).not.toHaveBeenCalled();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });
});
