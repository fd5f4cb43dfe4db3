// Identity verification modal of the onboarding wizard (Headless UI v1 + Tailwind). The wizard opens it with the
// Netverify URL its API returned; while it is open the modal listens to the web client's events and reports the
// outcome to the wizard. The frame is lazy so that the web client only loads once the panel is on screen.
import { Fragment, useEffect } from 'react';
import { Dialog, Transition } from '@headlessui/react';

interface WebClientEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

interface Props {
  open: boolean;
  frameUrl: string;
  onClose: () => void;
  onResult: (result: { reference: string; ok: boolean }) => void;
}

export function IdentityModal({ open, frameUrl, onClose, onResult }: Props) {
  useEffect(() => {
    if (!open) return undefined;
    const onMessage = (event: MessageEvent) => {
      if (!new URL(event.origin).hostname.endsWith('.netverify.com')) return;
      if (typeof event.data !== 'string') return;
      const message: WebClientEvent = JSON.parse(event.data);
      if (message.payload.value === 'success') onResult({ reference: message.transactionReference, ok: true });
      if (message.payload.value === 'error') onResult({ reference: message.transactionReference, ok: false });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [open, onResult]);

  return (
    <Transition appear show={open} as={Fragment}>
      <Dialog as="div" className="relative z-50" onClose={onClose}>
        <div className="fixed inset-0 bg-black/40" aria-hidden="true" />
        <div className="fixed inset-0 flex items-center justify-center p-4">
          <Dialog.Panel className="w-full max-w-2xl rounded-lg bg-white p-4 shadow-xl">
            <Dialog.Title className="mb-2 text-lg font-semibold">Verify your identity</Dialog.Title>
            <iframe
              className="h-[640px] w-full rounded border-0"
              title="Identity verification"
              src={frameUrl}
              allow="camera;fullscreen"
              loading="lazy"
              referrerPolicy="origin"
              sandbox="allow-scripts allow-same-origin allow-forms allow-popups"
            />
            <button type="button" className="mt-3 text-sm underline" onClick={onClose}>
              Do this later
            </button>
          </Dialog.Panel>
        </div>
      </Dialog>
    </Transition>
  );
}
