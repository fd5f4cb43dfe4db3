// A hook of another vendor whose origin list is imported (round 44): its camera frame is not the web client.
import { useVideoCallEvents } from './use-video-call-events';

export function VideoCallStep({ url, onDone }: { url: string; onDone: (ref: string) => void }) {
  useVideoCallEvents(onDone);
  return <iframe src={url} allow="camera; microphone; fullscreen" allowFullScreen title="Video call" />;
}
