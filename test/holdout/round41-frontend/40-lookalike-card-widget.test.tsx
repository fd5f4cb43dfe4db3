// CardWidget.test.tsx — Vitest (jsdom) + Testing Library.
// The checkout embeds PayFrame's hosted card form and listens to the status messages it posts to the window. PayFrame's
// v5 message format: a JSON string with the session token, the payment reference, event type 510 ("status") and the
// status in payload.value. The hosted form is never loaded here: each test fires the message PayFrame would post, from
// PayFrame's origin, because the widget drops messages from any other origin.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CardWidget } from './CardWidget';

// PayFrame's hosted form (sandbox).
const PAYFRAME_ORIGIN = 'https://sandbox.payframe.example';

function renderWidget() {
  const onPaid = vi.fn();
  const onDeclined = vi.fn();
  render(<CardWidget sessionUrl="about:blank" amount={4200} currency="EUR" onPaid={onPaid} onDeclined={onDeclined} />);
  return { onPaid, onDeclined };
}

describe('CardWidget — hosted form messages', () => {
  it('hides the spinner once the hosted form has loaded', async () => {
    renderWidget();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();

    fireEvent(window, new MessageEvent('message', {
      origin: PAYFRAME_ORIGIN,
      data: JSON.stringify({
        authorizationToken: 'pf-session',
        transactionReference: 'PF-3f9a0172',
        eventType: 510,
        dateTime: '2024-10-01T07:45:00.000Z',
        payload: { value: 'loaded' },
      }),
    }));

    expect(await screen.findByText('Enter your card details')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('reports the payment reference when the payment succeeds', () => {
    const { onPaid, onDeclined } = renderWidget();

    fireEvent(window, new MessageEvent('message', {
      origin: PAYFRAME_ORIGIN,
      data: JSON.stringify({
        authorizationToken: 'pf-session',
        transactionReference: 'PF-3f9a0173',
        eventType: 510,
        dateTime: '2024-10-01T07:47:12.000Z',
        payload: { value: 'success' },
      }),
    }));

    expect(onPaid).toHaveBeenCalledWith('PF-3f9a0173');
    expect(onDeclined).not.toHaveBeenCalled();
  });

  it('shows the decline code and a retry button when the card is declined', async () => {
    const { onPaid, onDeclined } = renderWidget();

    fireEvent(window, new MessageEvent('message', {
      origin: PAYFRAME_ORIGIN,
      data: JSON.stringify({
        authorizationToken: 'pf-session',
        transactionReference: 'PF-3f9a0174',
        eventType: 510,
        dateTime: '2024-10-01T07:49:30.000Z',
        payload: { value: 'error', metainfo: { code: 51 } },
      }),
    }));

    expect(onDeclined).toHaveBeenCalledWith(51);
    expect(onPaid).not.toHaveBeenCalled();
    expect(await screen.findByRole('alert')).toHaveTextContent('51');
    expect(screen.getByRole('button', { name: 'Use another card' })).toBeEnabled();
  });

  it('ignores messages that are not JSON (dev-server pings)', () => {
    const { onPaid, onDeclined } = renderWidget();

    fireEvent(window, new MessageEvent('message', { origin: PAYFRAME_ORIGIN, data: 'webpackHotUpdate' }));

    expect(onPaid).not.toHaveBeenCalled();
    expect(onDeclined).not.toHaveBeenCalled();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });
});
