// Greywell Kitchens — planner, "Watch the showroom tour" (Radix UI Dialog).
// The tour video plays in a dialog. Radix mounts Dialog.Content only while the dialog is open, so the component that
// listens to the Vimeo player sits inside it next to the frame: its effect runs when the dialog opens and its cleanup
// when it closes. It renders nothing.
import { useEffect } from 'react';
import * as Dialog from '@radix-ui/react-dialog';

interface PlayerEvent {
  event: 'ready' | 'play' | 'pause' | 'timeupdate' | 'finish';
  player_id: string;
  data?: { seconds: number; percent: number; duration: number };
}

interface PlayerEventsProps {
  onProgress: (percent: number) => void;
  onFinished: () => void;
}

function PlayerEvents({ onProgress, onFinished }: PlayerEventsProps) {
  useEffect(() => {
    function handlePlayerMessage(event: MessageEvent) {
      if (!/^https:\/\/player\.vimeo\.com$/.test(event.origin)) return;
      let message: PlayerEvent;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      if (message.event === 'timeupdate' && message.data) {
        onProgress(message.data.percent);
      } else if (message.event === 'finish') {
        // the planner offers to book a showroom visit once the tour is over
        onFinished();
      }
    }
    window.addEventListener('message', handlePlayerMessage);
    return () => window.removeEventListener('message', handlePlayerMessage);
  }, [onProgress, onFinished]);

  return null;
}

interface ShowroomTourDialogProps extends PlayerEventsProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  videoId: string;
}

export function ShowroomTourDialog({ open, onOpenChange, videoId, ...events }: ShowroomTourDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="tour-dialog__overlay" />
        <Dialog.Content
          className="tour-dialog"
          onInteractOutside={(event) => event.preventDefault()}
          onEscapeKeyDown={(event) => event.preventDefault()}
        >
          <Dialog.Title className="tour-dialog__title">Our Bristol showroom</Dialog.Title>
          <Dialog.Description className="tour-dialog__hint">
            A four-minute walk through the kitchens on display. Subtitles are in the player menu.
          </Dialog.Description>
          {videoId ? (
            <iframe
              src={`https://player.vimeo.com/video/${videoId}?api=1&player_id=showroom-tour&dnt=1`}
              title="Showroom tour"
              className="tour-dialog__frame"
              allow="autoplay; fullscreen; picture-in-picture"
              allowFullScreen
            />
          ) : (
            <p className="tour-dialog__loading">Loading the tour…</p>
          )}
          <PlayerEvents {...events} />
          <Dialog.Close className="tour-dialog__close">Close</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
