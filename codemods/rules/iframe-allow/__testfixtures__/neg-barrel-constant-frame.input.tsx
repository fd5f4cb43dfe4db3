// Only a constant comes through the hooks barrel: the module's handler is another component's business.
import { VERIFICATION_TITLE } from './verification-hooks';

export function HelpVideo({ url }: { url: string }) {
  return <iframe src={url} allow="autoplay;fullscreen" title={VERIFICATION_TITLE} />;
}
