import { useWindowMessage } from './support/hooks-index';

interface VerificationMessage {
  workflowExecutionId: string;
  payload: { value: 'loaded' | 'success' | 'error' };
}

function isVerificationMessage(value: unknown): value is VerificationMessage {
  return typeof value === 'object' && value !== null && 'workflowExecutionId' in value && 'payload' in value;
}

// The hook comes through the hooks barrel (export { … } from) from a module of its own; its listener hands the parsed object to this file's guard and callback.
export function VerificationStep({ src, onDone }: { src: string; onDone: (reference: string) => void }) {
  useWindowMessage(isVerificationMessage, (message) => {
    if (message.payload.value === 'success') onDone(message.workflowExecutionId);
  });
  return <iframe src={src} title="Verification" allow="camera;fullscreen" allowFullScreen />;
}
