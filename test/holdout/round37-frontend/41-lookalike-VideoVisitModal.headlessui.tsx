// Video visit modal of the patient portal (Headless UI v1 + Tailwind). The portal opens it with the room URL its
// API returned; while it is open the modal listens to the video provider's prebuilt room and reports when the
// visit ends. The frame is lazy so that the room only loads once the panel is on screen.
import { Fragment, useEffect } from 'react';
import { Dialog, Transition } from '@headlessui/react';

interface RoomEvent {
  action: 'joined-meeting' | 'left-meeting' | 'error';
  callFrameId: string;
  participantId?: string;
  errorMsg?: string;
}

interface Props {
  open: boolean;
  roomUrl: string;
  onClose: () => void;
  onVisitEnded: (result: { participant: string | undefined; ok: boolean }) => void;
}

export function VideoVisitModal({ open, roomUrl, onClose, onVisitEnded }: Props) {
  useEffect(() => {
    if (!open) return undefined;
    const onMessage = (event: MessageEvent) => {
      if (!new URL(event.origin).hostname.endsWith('.daily.co')) return;
      if (typeof event.data !== 'object' || event.data === null) return;
      const message: RoomEvent = event.data;
      if (message.action === 'left-meeting') onVisitEnded({ participant: message.participantId, ok: true });
      if (message.action === 'error') onVisitEnded({ participant: message.participantId, ok: false });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [open, onVisitEnded]);

  return (
    <Transition appear show={open} as={Fragment}>
      <Dialog as="div" className="relative z-50" onClose={onClose}>
        <div className="fixed inset-0 bg-black/40" aria-hidden="true" />
        <div className="fixed inset-0 flex items-center justify-center p-4">
          <Dialog.Panel className="w-full max-w-3xl rounded-lg bg-white p-4 shadow-xl">
            <Dialog.Title className="mb-2 text-lg font-semibold">Your video visit</Dialog.Title>
            <iframe
              className="h-[640px] w-full rounded border-0"
              title="Video visit"
              src={roomUrl}
              allow="camera; microphone; fullscreen; display-capture; autoplay"
              loading="lazy"
              referrerPolicy="origin"
              sandbox="allow-scripts allow-same-origin allow-forms allow-popups"
            />
            <button type="button" className="mt-3 text-sm underline" onClick={onClose}>
              Leave the visit
            </button>
          </Dialog.Panel>
        </div>
      </Dialog>
    </Transition>
  );
}
