// IdentityStep.formats.test.tsx — Vitest (jsdom) + Testing Library, Calder Bay Bank onboarding.
// While the LaunchDarkly flag "kyx-web-client" rolls out, the identity step must work with BOTH Jumio web clients:
// the legacy Netverify client (flag off) and the KYX client (flag on). Each row of the table pins one format: the
// origin the events come from, the events that client posts and what the step hands on.
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useFlags } from 'launchdarkly-react-client-sdk';
import { IdentityStep } from './01-IdentityStep.flagged';

vi.mock('launchdarkly-react-client-sdk', () => ({ useFlags: vi.fn() }));

const LEGACY_ORIGIN = 'https://calderbay.netverify.com';
const KYX_ORIGIN = 'https://calderbay.web.amer-1.jumio.ai';

describe.each([
  {
    client: 'legacy Netverify web client',
    kyxWebClient: false,
    origin: LEGACY_ORIGIN,
    session: { client: 'legacy', redirectUrl: 'about:blank#netverify' },
    success: { authorizationToken: 'cb-token', transactionReference: 'cb-tx-4471', eventType: 510, dateTime: '2025-03-04T09:12:00.000Z', payload: { value: 'success' } },
    failure: { authorizationToken: 'cb-token', transactionReference: 'cb-tx-4472', eventType: 510, dateTime: '2025-03-04T09:14:00.000Z', payload: { value: 'error', metainfo: { code: 9836 } } },
    verified: { transactionReference: 'cb-tx-4471' },
    retryCode: 9836,
  },
  {
    client: 'KYX web client',
    kyxWebClient: true,
    origin: KYX_ORIGIN,
    session: { client: 'kyx', web: { href: 'about:blank#kyx' } },
    success: { accountId: 'cb-acc-88', workflowExecutionId: 'cb-wfe-4471', eventType: 510, dateTime: '2025-03-04T09:12:00.000Z', payload: { value: 'success' } },
    failure: { accountId: 'cb-acc-88', workflowExecutionId: 'cb-wfe-4472', eventType: 510, dateTime: '2025-03-04T09:14:00.000Z', payload: { value: 'error', metainfo: { code: 9835 } } },
    verified: { workflowExecutionId: 'cb-wfe-4471', accountId: 'cb-acc-88' },
    retryCode: 9835,
  },
])('IdentityStep with the $client', ({ kyxWebClient, origin, session, success, failure, verified, retryCode }) => {
  beforeEach(() => {
    vi.mocked(useFlags).mockReturnValue({ kyxWebClient });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(session))));
  });

  function post(event: object, from = origin) {
    act(() => {
      window.dispatchEvent(new MessageEvent('message', { origin: from, data: JSON.stringify(event) }));
    });
  }

  it('hands the reference on when the capture succeeds', async () => {
    const onVerified = vi.fn();
    render(<IdentityStep memberId="m-1001" onVerified={onVerified} onFailed={vi.fn()} />);
    await screen.findByTitle('Identity check');
    post(success);
    expect(onVerified).toHaveBeenCalledWith(verified);
  });

  it('offers a new session after three unusable submissions', async () => {
    const onFailed = vi.fn();
    render(<IdentityStep memberId="m-1002" onVerified={vi.fn()} onFailed={onFailed} />);
    await screen.findByTitle('Identity check');
    post(failure);
    expect(onFailed).toHaveBeenCalledWith('retry', retryCode);
  });

  it('ignores the same event from any other origin', async () => {
    const onVerified = vi.fn();
    render(<IdentityStep memberId="m-1003" onVerified={onVerified} onFailed={vi.fn()} />);
    await screen.findByTitle('Identity check');
    post(success, 'https://calderbay.example');
    expect(onVerified).not.toHaveBeenCalled();
  });
});
