// Imports only a title from the module that also holds the identity hook: this frame is a video call's.
import { VERIFICATION_TITLE } from './use-verification-events';

export function SupportCall({ roomUrl }: { roomUrl: string }) {
  return (
    <section>
      <h2>{VERIFICATION_TITLE}: talk to an agent</h2>
      <iframe src={roomUrl} allow="camera;fullscreen" allowFullScreen title="support call" />
    </section>
  );
}
