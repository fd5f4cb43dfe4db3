// The component uses the hook through the barrel's `export *`.
import { useVerificationEvents } from './verification-hooks';

export function IdentityStep({ url, onDone }: { url: string; onDone: (ref: string) => void }) {
  useVerificationEvents(onDone);
  return <iframe src={url} allow="camera;fullscreen" title="identity check" />;
}
