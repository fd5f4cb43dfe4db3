import { useVerificationEvents } from './use-verification-events';

export function VerificationStep({ url, onDone }: { url: string; onDone: (ref: string) => void }) {
  useVerificationEvents(onDone);
  return <iframe src={url} allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowFullScreen title="verification" />;
}
