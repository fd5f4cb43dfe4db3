// Face re-authentication before a payout to a new beneficiary (React 18, CSS modules). The payout form renders this
// step with the Netverify URL the payouts API returned; the step reports the outcome through its callbacks.
import { useEffect, useState } from 'react';
import styles from './PayoutReauthentication.module.css';

type LegacyFrameEvent = {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
};

interface VerificationListenerOptions {
  onReady: () => void;
  onVerified: (reference: string) => void;
  onFailed: (reference: string | null, code: number | null) => void;
}

/**
 * Builds the window listener for one verification attempt. The payout step and the device-change step share it, so
 * it lives outside the components and only talks to them through the callbacks it is given.
 */
function makeVerificationListener({ onReady, onVerified, onFailed }: VerificationListenerOptions) {
  return (event: MessageEvent) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    if (typeof event.data !== 'string') return;
    let message: LegacyFrameEvent;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    switch (message.payload.value) {
      case 'loaded':
        onReady();
        break;
      case 'success':
        onVerified(message.transactionReference);
        break;
      case 'error':
        onFailed(message.transactionReference ?? null, message.payload.metainfo?.code ?? null);
        break;
    }
  };
}

interface Props {
  redirectUrl: string;
  onVerified: (reference: string) => void;
  onCancel: () => void;
}

export function PayoutReauthentication({ redirectUrl, onVerified, onCancel }: Props) {
  const [ready, setReady] = useState(false);
  const [failureCode, setFailureCode] = useState<number | null>(null);

  useEffect(() => {
    // One controller per attempt: aborting it detaches the listener, so the effect needs no named reference to it.
    const controller = new AbortController();
    window.addEventListener(
      'message',
      makeVerificationListener({
        onReady: () => setReady(true),
        onVerified,
        onFailed: (_reference, code) => setFailureCode(code ?? 0),
      }),
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, [redirectUrl, onVerified]);

  return (
    <section className={styles.step} aria-busy={!ready}>
      <h2 className={styles.title}>Confirm it's you</h2>
      {failureCode !== null && (
        <p className={styles.error} role="alert">
          We could not confirm your identity (code {failureCode}). The payout has not been sent.
        </p>
      )}
      <iframe className={styles.frame} src={redirectUrl} title="Face authentication" allow="camera;fullscreen" />
      <button type="button" className={styles.cancel} onClick={onCancel}>
        Cancel payout
      </button>
    </section>
  );
}
