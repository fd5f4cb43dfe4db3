// Face login step of the member area. The message handler was moved to the KYX web client by hand in March (PR #412,
// together with the back end); the frame below was not touched then.
import { useEffect, useState } from 'react';

export default function FaceLoginStep({ frameUrl, onVerified, onRetry }) {
  const [state, setState] = useState('waiting');

  useEffect(() => {
    function onFrameMessage(event) {
      if (!event.origin.endsWith('.jumio.ai')) return;
      let data;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      if (data.payload.value === 'loaded') setState('capturing');
      if (data.payload.value === 'success') {
        setState('done');
        onVerified({ workflowExecutionId: data.workflowExecutionId, accountId: data.accountId });
      }
      if (data.payload.value === 'error') {
        setState('failed');
        if (data.payload.metainfo?.code === 9836) onRetry();
      }
    }
    window.addEventListener('message', onFrameMessage);
    return () => window.removeEventListener('message', onFrameMessage);
  }, [onVerified, onRetry]);

  return (
    <section className="face-login" data-state={state}>
      <iframe title="Face login" src={frameUrl} width="100%" height="640" allow="camera;fullscreen" />
    </section>
  );
}
