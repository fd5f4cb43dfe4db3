// Quayside Freight Finance — carrier portal, "Change payout account" (Radix UI Dialog).
// Before a new bank account is saved, the carrier's director confirms it is them with the Netverify face check. Radix
// mounts Dialog.Content only while the dialog is open, so the component that listens to the web client sits inside it
// next to the frame: its effect runs when the dialog opens and its cleanup when it closes. It renders nothing.
import { useEffect } from 'react';
import * as Dialog from '@radix-ui/react-dialog';

interface ReauthEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

interface FrameEventsProps {
  onConfirmed: (reference: string) => void;
  onExpired: () => void;
  onFailed: (code: number | null) => void;
}

function FrameEvents({ onConfirmed, onExpired, onFailed }: FrameEventsProps) {
  useEffect(() => {
    function handleFrameMessage(event: MessageEvent) {
      if (!/^https:\/\/quayside\.netverify\.com$/.test(event.origin)) return;
      let message: ReauthEvent;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      if (message.payload.value === 'success') {
        onConfirmed(message.transactionReference);
      } else if (message.payload.value === 'error') {
        const code = message.payload.metainfo?.code ?? null;
        // 9200 / 9210: the session ran out while the dialog stayed open; the parent starts a new one
        if (code === 9200 || code === 9210) onExpired();
        else onFailed(code);
      }
    }
    window.addEventListener('message', handleFrameMessage);
    return () => window.removeEventListener('message', handleFrameMessage);
  }, [onConfirmed, onExpired, onFailed]);

  return null;
}

interface PayoutReauthDialogProps extends FrameEventsProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  frameUrl: string | null;
}

export function PayoutReauthDialog({ open, onOpenChange, frameUrl, ...events }: PayoutReauthDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="reauth-dialog__overlay" />
        <Dialog.Content
          className="reauth-dialog"
          onInteractOutside={(event) => event.preventDefault()}
          onEscapeKeyDown={(event) => event.preventDefault()}
        >
          <Dialog.Title className="reauth-dialog__title">Confirm it is you</Dialog.Title>
          <Dialog.Description className="reauth-dialog__hint">
            Look into the camera. We save the new payout account once the check is done.
          </Dialog.Description>
          {frameUrl ? (
            <iframe
              src={frameUrl}
              title="Face check"
              className="reauth-dialog__frame"
              allow="camera; fullscreen"
              allowFullScreen
            />
          ) : (
            <p className="reauth-dialog__loading">Starting the face check…</p>
          )}
          <FrameEvents {...events} />
          <Dialog.Close className="reauth-dialog__cancel">Cancel</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
