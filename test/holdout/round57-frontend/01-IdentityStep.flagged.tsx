// IdentityStep.tsx — Calder Bay Bank, current account opening, step 3 of 5 ("Confirm your identity").
// The KYX web client is rolled out behind the LaunchDarkly flag "kyx-web-client" (kyxWebClient in the React SDK).
// Until the rollout reaches 100 %, our onboarding API starts either a KYX workflow or a legacy Netverify transaction
// for the applicant, and this step handles the events of whichever of the two web clients it embeds.
import { useEffect, useState } from 'react';
import { useFlags } from 'launchdarkly-react-client-sdk';

/** Events of the legacy Netverify web client (flag off). */
interface LegacyFrameEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
}

/** Events of the KYX web client (flag on). */
interface KyxFrameEvent {
  accountId: string;
  workflowExecutionId: string;
  customerInternalReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
}

/** What our onboarding API answers: the KYX account's web.href, or the legacy redirectUrl. */
type IdentitySession = { client: 'kyx'; web: { href: string } } | { client: 'legacy'; redirectUrl: string };

export type Verified = { workflowExecutionId: string; accountId: string } | { transactionReference: string };

interface Props {
  memberId: string;
  onVerified: (result: Verified) => void;
  onFailed: (next: 'retry' | 'stopped', code: number | null) => void;
}

export function IdentityStep({ memberId, onVerified, onFailed }: Props) {
  const { kyxWebClient } = useFlags();
  const [frameUrl, setFrameUrl] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetch('/api/onboarding/identity-session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ memberId, client: kyxWebClient ? 'kyx' : 'legacy' }),
    })
      .then((res) => res.json() as Promise<IdentitySession>)
      .then((session) => {
        if (!cancelled) setFrameUrl(session.client === 'kyx' ? session.web.href : session.redirectUrl);
      });
    return () => {
      cancelled = true;
    };
  }, [memberId, kyxWebClient]);

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (typeof event.data !== 'string') return;
      if (event.origin.endsWith('.jumio.ai')) {
        const data = JSON.parse(event.data) as KyxFrameEvent;
        if (data.payload.value === 'success') {
          onVerified({ workflowExecutionId: data.workflowExecutionId, accountId: data.accountId });
        } else if (data.payload.value === 'error') {
          const code = data.payload.metainfo?.code ?? null;
          // KYX 9835: no acceptable submission in three attempts; a new session may work.
          onFailed(code === 9835 ? 'retry' : 'stopped', code);
        }
      } else if (event.origin.endsWith('.netverify.com')) {
        const data = JSON.parse(event.data) as LegacyFrameEvent;
        if (data.payload.value === 'success') {
          onVerified({ transactionReference: data.transactionReference });
        } else if (data.payload.value === 'error') {
          const code = data.payload.metainfo?.code ?? null;
          // Netverify 9836: no acceptable submission in three attempts; a new session may work.
          onFailed(code === 9836 ? 'retry' : 'stopped', code);
        }
      }
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onVerified, onFailed]);

  if (!frameUrl) return <p className="identity-step__loading">Preparing your identity check…</p>;
  return <iframe src={frameUrl} title="Identity check" className="identity-step__frame" width="100%" height="700" allow="camera;fullscreen" allowFullScreen />;
}
