// The component uses the hook through the hooks barrel, under the barrel's name for it.
import { useIdentityEvents } from './verification-hooks';

export function IdentityStep({ url, onDone }: { url: string; onDone: (ref: string) => void }) {
  useIdentityEvents(onDone);
  return <iframe src={url} allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowFullScreen title="identity check" />;
}
