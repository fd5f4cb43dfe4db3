// Identity step of the sign-up flow: frames the Jumio (Netverify) web client and turns its error events into
// something the member can act on. The copy lives in src/i18n/<locale>.json under identity.frame.error.<code>
// (extracted by `npm run i18n:extract`, translated in Crowdin); the defaultMessage below is the English fallback.
import { useEffect, useState } from 'react';
import { FormattedMessage, defineMessages, useIntl } from 'react-intl';
import { track } from '../../lib/analytics';

interface FrameMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

type Recovery = 'new-session' | 'reload' | 'coach' | 'support';

interface Failure {
  code: number;
  recovery: Recovery;
}

interface Props {
  redirectUrl: string;
  onVerified(reference: string): void;
  onNewSession(): void;
}

const messages = defineMessages({
  frameTitle: { id: 'identity.frame.title', defaultMessage: 'Identity check' },
  startAgain: { id: 'identity.frame.startAgain', defaultMessage: 'Start again' },
  captureTips: { id: 'identity.frame.captureTips', defaultMessage: 'Face a window or a lamp, and hold still for a moment.' },
  contactSupport: { id: 'identity.frame.contactSupport', defaultMessage: 'Contact support' },
});

// What the member can do after the web client reports an error (payload.metainfo.code).
function recoveryFor(code: number): Recovery {
  switch (code) {
    case 9200:
    case 9210:
      // Token or session expired: the back end hands out a fresh redirectUrl.
      return 'new-session';
    case 9300:
    case 9800:
    case 9801:
    case 9810:
      return 'reload';
    case 9821:
    case 9836:
      // Three captures in a row were not usable: show the capture tips, then let them start again.
      return 'coach';
    default:
      return 'support';
  }
}

export function IdentityStep({ redirectUrl, onVerified, onNewSession }: Props) {
  const intl = useIntl();
  const [failure, setFailure] = useState<Failure | null>(null);

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (!event.origin.endsWith('.netverify.com')) return;
      let data: FrameMessage;
      try {
        data = JSON.parse(event.data) as FrameMessage;
      } catch {
        return;
      }
      if (data.payload.value === 'success') {
        track('Identity Frame Completed', { reference: data.transactionReference });
        onVerified(data.transactionReference);
        return;
      }
      if (data.payload.value !== 'error') return;
      const code = data.payload.metainfo?.code ?? 0;
      const recovery = recoveryFor(code);
      track('Identity Frame Error', { code, recovery, reference: data.transactionReference });
      if (recovery === 'new-session') onNewSession();
      else setFailure({ code, recovery });
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onVerified, onNewSession]);

  if (failure) {
    return (
      <section className="identity-step identity-step--failed" role="alert">
        <p>
          <FormattedMessage
            id={`identity.frame.error.${failure.code}`}
            defaultMessage="The identity check stopped (code {code})."
            values={{ code: failure.code }}
          />
        </p>
        {failure.recovery === 'coach' && <p className="identity-step__tips">{intl.formatMessage(messages.captureTips)}</p>}
        {failure.recovery === 'support' ? (
          <a href="/help/identity">{intl.formatMessage(messages.contactSupport)}</a>
        ) : (
          <button type="button" onClick={() => { setFailure(null); onNewSession(); }}>
            {intl.formatMessage(messages.startAgain)}
          </button>
        )}
      </section>
    );
  }

  return (
    <section className="identity-step">
      <iframe src={redirectUrl} title={intl.formatMessage(messages.frameTitle)} allow="camera;fullscreen" allowFullScreen width="100%" height={680} />
    </section>
  );
}
