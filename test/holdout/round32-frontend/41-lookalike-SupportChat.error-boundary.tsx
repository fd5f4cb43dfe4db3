// Support chat of the member area. The chat frame sits inside its own error boundary since a render error in the
// widget blanked the whole account page (INC-2307): the boundary reports to Sentry and Datadog and offers a fresh
// start. Chat events are Sentry breadcrumbs (so a crash report shows the conversation's last steps) and Datadog RUM
// actions. Agents can switch a chat to a video call, hence the camera and microphone.
import { Component, type ErrorInfo, type ReactNode, useEffect, useState } from 'react';
import { datadogRum } from '@datadog/browser-rum';
import * as Sentry from '@sentry/react';

const CHAT_ORIGIN = /^https:\/\/acme\.zendesk\.com$/;

interface ChatFrameEvent {
  conversationId: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'opened' | 'closed' | 'error'; metainfo?: { code: number } };
}

interface BoundaryProps {
  children: ReactNode;
  onReset: () => void;
}

interface BoundaryState {
  crashed: boolean;
}

export class SupportChatBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { crashed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { crashed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    Sentry.captureException(error, { contexts: { react: { componentStack: info.componentStack } }, tags: { area: 'support-chat' } });
    datadogRum.addError(error, { area: 'support-chat' });
  }

  render(): ReactNode {
    if (this.state.crashed) {
      return (
        <div role="alert" className="support-chat__crashed">
          <p>The chat stopped unexpectedly.</p>
          <button type="button" onClick={() => { this.setState({ crashed: false }); this.props.onReset(); }}>
            Open the chat again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}

interface SupportChatFrameProps {
  chatUrl: string;
  onClosed: (conversationId: string) => void;
  onFailed: (code?: number) => void;
}

function SupportChatFrame({ chatUrl, onClosed, onFailed }: SupportChatFrameProps) {
  useEffect(() => {
    const handleMessage = (event: MessageEvent<string>) => {
      if (!CHAT_ORIGIN.test(event.origin)) return;
      let data: ChatFrameEvent;
      try {
        data = JSON.parse(event.data);
      } catch (err) {
        datadogRum.addError(err, { area: 'support-chat', stage: 'parse' });
        return;
      }
      Sentry.addBreadcrumb({ category: 'support-chat', message: data.payload.value, data: { conversation: data.conversationId, at: data.dateTime } });
      datadogRum.addAction('support_chat_event', {
        step: data.payload.value,
        conversation: data.conversationId,
        code: data.payload.metainfo?.code,
      });
      if (data.payload.value === 'closed') onClosed(data.conversationId);
      if (data.payload.value === 'error') onFailed(data.payload.metainfo?.code);
    };
    window.addEventListener('message', handleMessage);
    return () => window.removeEventListener('message', handleMessage);
  }, [onClosed, onFailed]);

  return <iframe className="support-chat" title="Support chat" src={chatUrl} width="100%" height="560" allow="camera;microphone;fullscreen" />;
}

export default function SupportChat({ chatUrl, onClosed, onFailed, onRestart }: SupportChatFrameProps & { onRestart: () => void }) {
  const [attempt, setAttempt] = useState(0);
  return (
    <SupportChatBoundary
      onReset={() => {
        setAttempt((n) => n + 1);
        onRestart();
      }}
    >
      <SupportChatFrame key={attempt} chatUrl={chatUrl} onClosed={onClosed} onFailed={onFailed} />
    </SupportChatBoundary>
  );
}
