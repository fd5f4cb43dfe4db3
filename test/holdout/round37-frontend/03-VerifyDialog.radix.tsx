// "Verify your identity" dialog of the checkout (Radix UI Dialog). The parent passes the Netverify web-client URL
// it got from /api/identity/start; the dialog attaches the message listener once its content is mounted and
// hands the reference to the parent when the applicant is done. The frame's permissions live in one constant
// beside the component, shared by the desktop and the mobile layouts below.
import { useEffect, useState } from 'react';
import * as Dialog from '@radix-ui/react-dialog';

const FRAME_PERMISSIONS = 'camera;fullscreen';

type Layout = 'desktop' | 'mobile';

interface VerifyDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  verificationUrl: string;
  onVerified: (reference: string) => void;
}

export default function VerifyDialog({ open, onOpenChange, verificationUrl, onVerified }: VerifyDialogProps) {
  const [layout, setLayout] = useState<Layout>('desktop');
  const [status, setStatus] = useState<string>('loading');

  useEffect(() => {
    setLayout(window.matchMedia('(max-width: 640px)').matches ? 'mobile' : 'desktop');
  }, []);

  useEffect(() => {
    if (!open) return;
    function handleMessage(event: MessageEvent) {
      if (!event.origin.includes('netverify.com')) return;
      const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
      setStatus(data.payload.value);
      if (data.payload.value === 'success') {
        onVerified(data.transactionReference);
        onOpenChange(false);
      }
    }
    window.addEventListener('message', handleMessage);
    return () => window.removeEventListener('message', handleMessage);
  }, [open, onOpenChange, onVerified]);

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="verify-dialog__overlay" />
        <Dialog.Content className={`verify-dialog__content verify-dialog__content--${layout}`}>
          <Dialog.Title>Verify your identity</Dialog.Title>
          <Dialog.Description>Status: {status}</Dialog.Description>
          <iframe
            title="Identity verification"
            className="verify-dialog__frame"
            src={verificationUrl}
            allow={FRAME_PERMISSIONS}
            height={layout === 'mobile' ? 560 : 680}
          />
          <Dialog.Close className="verify-dialog__close">Close</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
