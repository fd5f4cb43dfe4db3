'use client';
// Identity step, already on the KYX platform (web.href of the account call); React 19 ref callback with cleanup.
export function KycStep({ href, onDone }: { href: string; onDone: (workflowExecutionId: string, accountId: string) => void }) {
  return (
    <iframe
      ref={(node) => {
        if (!node) return;
        const onMessage = (e: MessageEvent) => {
          if (!e.origin.endsWith('.jumio.ai')) return;
          const data = JSON.parse(e.data);
          if (data.payload.value === 'success') onDone(data.workflowExecutionId, data.accountId);
        };
        window.addEventListener('message', onMessage);
        return () => window.removeEventListener('message', onMessage);
      }}
      src={href}
      title="Identity verification"
      allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"
      allowFullScreen
    />
  );
}
