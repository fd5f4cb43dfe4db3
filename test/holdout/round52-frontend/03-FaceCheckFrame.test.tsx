// FaceCheckFrame.test.tsx — Vitest (jsdom) + Testing Library.
// The Jumio web client is never loaded in unit tests: each test dispatches the event the client would post (a JSON
// string) at the window, from the origin the component accepts.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FaceCheckFrame, WEB_CLIENT_ORIGIN } from './01-FaceCheckFrame';

function renderFrame() {
  const onVerified = vi.fn();
  const onFailed = vi.fn();
  render(<FaceCheckFrame frameUrl="about:blank" onVerified={onVerified} onFailed={onFailed} />);
  return { onVerified, onFailed };
}

function emit(event: object, origin = WEB_CLIENT_ORIGIN) {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { origin, data: JSON.stringify(event) }));
  });
}

describe('FaceCheckFrame', () => {
  it('shows a spinner until the client has loaded', () => {
    renderFrame();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();

    emit({
      authorizationToken: 'ut-token',
      transactionReference: 'ut-5f0e2b91',
      eventType: 510,
      dateTime: '2025-02-03T09:00:00.000Z',
      payload: { value: 'loaded' },
    });

    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('reports the reference when the capture succeeds', () => {
    const { onVerified, onFailed } = renderFrame();

    emit({
      authorizationToken: 'ut-token',
      transactionReference: 'ut-5f0e2b92',
      eventType: 510,
      dateTime: '2025-02-03T09:01:12.000Z',
      payload: { value: 'success' },
    });

    expect(onVerified).toHaveBeenCalledWith('ut-5f0e2b92');
    expect(onFailed).not.toHaveBeenCalled();
  });

  it('explains a camera that cannot be started', () => {
    const { onVerified, onFailed } = renderFrame();

    emit({
      authorizationToken: 'ut-token',
      transactionReference: 'ut-5f0e2b93',
      eventType: 510,
      dateTime: '2025-02-03T09:02:40.000Z',
      payload: { value: 'error', metainfo: { code: 9820 } },
    });

    expect(onFailed).toHaveBeenCalledWith(9820);
    expect(onVerified).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Allow camera access');
  });

  it('asks the applicant to call us after three failed captures', () => {
    const { onFailed } = renderFrame();

    emit({
      authorizationToken: 'ut-token',
      transactionReference: 'ut-5f0e2b94',
      eventType: 510,
      dateTime: '2025-02-03T09:03:05.000Z',
      payload: { value: 'error', metainfo: { code: 9836 } },
    });

    expect(onFailed).toHaveBeenCalledWith(9836);
    expect(screen.getByRole('alert')).toHaveTextContent('after three tries');
  });

  it('ignores events posted from any other origin', () => {
    const { onVerified } = renderFrame();

    emit(
      {
        authorizationToken: 'ut-token',
        transactionReference: 'ut-5f0e2b95',
        eventType: 510,
        dateTime: '2025-02-03T09:04:00.000Z',
        payload: { value: 'success' },
      },
      'https://checkout.paybridge.example',
    );

    expect(onVerified).not.toHaveBeenCalled();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });

  it('asks the browser for the camera and full screen', () => {
    renderFrame();

    expect(screen.getByTitle('Face check')).toHaveAttribute('allow', 'camera;fullscreen');
  });
});
