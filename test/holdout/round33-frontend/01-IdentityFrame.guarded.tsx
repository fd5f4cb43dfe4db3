// The identity step of the onboarding flow. The frame's messages are typed in ./01-identity-types and narrowed with
// the guard from there before the component reads them.
import { useEffect, useState } from 'react';
import { FrameStatus, isJumioMessage, type JumioMessage } from './01-identity-types';

export interface IdentityFrameProps {
  frameUrl: string;
  onVerified(reference: string): void;
  onFailed(reference: string, code: number | undefined): void;
}

type StepState = 'waiting' | FrameStatus;

export function IdentityFrame({ frameUrl, onVerified, onFailed }: IdentityFrameProps) {
  const [step, setStep] = useState<StepState>('waiting');

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (!new URL(event.origin).hostname.endsWith('.netverify.com')) return;
      if (typeof event.data !== 'string') return;

      let parsed: unknown;
      try {
        parsed = JSON.parse(event.data);
      } catch {
        return;
      }
      if (!isJumioMessage(parsed)) return;

      const message: JumioMessage = parsed;
      setStep(message.payload.value);
      if (message.payload.value === FrameStatus.Success) {
        onVerified(message.transactionReference);
      } else if (message.payload.value === FrameStatus.Error) {
        onFailed(message.transactionReference, message.payload.metainfo?.code);
      }
    }

    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onVerified, onFailed]);

  return (
    <section className="identity-step" aria-busy={step === 'waiting'}>
      <iframe src={frameUrl} title="Identity check" className="identity-step__frame" allow="camera;fullscreen" />
      {step === FrameStatus.Error ? <p role="alert">We could not check your ID. Please try again.</p> : null}
    </section>
  );
}
