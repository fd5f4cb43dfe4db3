import { useEffect } from 'react';
import * as verification from './verification-messages';

export function VerificationFrame({ url }: { url: string }) {
  useEffect(() => {
    window.addEventListener('message', verification.onFrameMessage);
    return () => window.removeEventListener('message', verification.onFrameMessage);
  }, []);
  return <iframe src={url} allow="camera" title="Identity verification" />;
}
