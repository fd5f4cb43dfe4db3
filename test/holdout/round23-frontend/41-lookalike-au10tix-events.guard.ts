// Typed bridge between Au10tix's hosted capture frame and the onboarding flow.
export interface CaptureFrameEvent {
  sessionToken: string;
  transactionReference: string;
  eventType: string;
  sentAt: string;
  payload: { value: 'loaded' | 'completed' | 'failed'; metainfo?: { code: number } };
}

export interface CaptureCallbacks {
  onReady(): void;
  onCaptured(reference: string): void;
  onFailed(code: number | undefined, locked: boolean): void;
}

export function isCaptureFrameEvent(value: unknown): value is CaptureFrameEvent {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as CaptureFrameEvent;
  return typeof candidate.transactionReference === 'string' && typeof candidate.eventType === 'string';
}

function handleStateChange(event: CaptureFrameEvent, callbacks: CaptureCallbacks): void {
  switch (event.payload.value) {
    case 'loaded':
      callbacks.onReady();
      break;
    case 'completed':
      callbacks.onCaptured(event.transactionReference);
      break;
    case 'failed': {
      const code = event.payload.metainfo?.code;
      callbacks.onFailed(code, code === 4003);
      break;
    }
  }
}

export function connectCaptureFrame(callbacks: CaptureCallbacks): () => void {
  const listener = ({ origin, data }: MessageEvent<string>): void => {
    if (!origin.endsWith('.au10tix.com')) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      return;
    }
    if (!isCaptureFrameEvent(parsed)) return;
    switch (parsed.eventType) {
      case 'SESSION_STATE':
        handleStateChange(parsed, callbacks);
        break;
      default:
        console.debug('capture frame: ignored event type', parsed.eventType);
    }
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
