// Identity check screen of the onboarding route. The frame sits inside its own error boundary since a render error in
// this step blanked the whole onboarding route (INC-2291): the boundary reports to Sentry and Datadog and offers a
// fresh attempt. Every frame event is a Datadog RUM action, so the "identity funnel" dashboard shows where users stop.
import { Component, type ErrorInfo, type ReactNode, useEffect, useState } from 'react';
import { datadogRum } from '@datadog/browser-rum';
import * as Sentry from '@sentry/react';

const FRAME_ORIGIN = /^https:\/\/acme\.netverify\.com$/;

interface IdentityFrameEvent {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

interface BoundaryProps {
  children: ReactNode;
  onReset: () => void;
}

interface BoundaryState {
  crashed: boolean;
}

export class IdentityFrameBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { crashed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { crashed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    Sentry.captureException(error, { contexts: { react: { componentStack: info.componentStack } }, tags: { area: 'identity-frame' } });
    datadogRum.addError(error, { area: 'identity-frame' });
  }

  render(): ReactNode {
    if (this.state.crashed) {
      return (
        <div role="alert" className="identity-frame__crashed">
          <p>The identity check stopped unexpectedly.</p>
          <button type="button" onClick={() => { this.setState({ crashed: false }); this.props.onReset(); }}>
            Start again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}

interface IdentityFrameProps {
  frameUrl: string;
  onVerified: (reference: string) => void;
  onFailed: (code?: number) => void;
}

function IdentityFrame({ frameUrl, onVerified, onFailed }: IdentityFrameProps) {
  useEffect(() => {
    const handleMessage = (event: MessageEvent<string>) => {
      if (!FRAME_ORIGIN.test(event.origin)) return;
      let data: IdentityFrameEvent;
      try {
        data = JSON.parse(event.data);
      } catch (err) {
        datadogRum.addError(err, { area: 'identity-frame', stage: 'parse' });
        return;
      }
      datadogRum.addAction('identity_frame_event', {
        step: data.payload.value,
        reference: data.transactionReference,
        code: data.payload.metainfo?.code,
      });
      if (data.payload.value === 'success') onVerified(data.transactionReference);
      if (data.payload.value === 'error') onFailed(data.payload.metainfo?.code);
    };
    window.addEventListener('message', handleMessage);
    return () => window.removeEventListener('message', handleMessage);
  }, [onVerified, onFailed]);

  return <iframe className="identity-frame" title="Identity check" src={frameUrl} width="100%" height="680" allow="camera;fullscreen" />;
}

export default function IdentityCheck({ frameUrl, onVerified, onFailed, onRestart }: IdentityFrameProps & { onRestart: () => void }) {
  const [attempt, setAttempt] = useState(0);
  return (
    <IdentityFrameBoundary
      onReset={() => {
        setAttempt((n) => n + 1);
        onRestart();
      }}
    >
      <IdentityFrame key={attempt} frameUrl={frameUrl} onVerified={onVerified} onFailed={onFailed} />
    </IdentityFrameBoundary>
  );
}
