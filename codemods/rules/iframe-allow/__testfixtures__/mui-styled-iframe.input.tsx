import { useEffect } from 'react';
import { styled } from '@mui/material/styles';

const KycFrame = styled('iframe')(({ theme }) => ({
  border: 0,
  width: '100%',
  minHeight: theme.spacing(80),
}));

export default function IdentityStep({ href, onVerified }: { href: string; onVerified: (ref: string) => void }) {
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') onVerified(data.transactionReference);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onVerified]);

  return <KycFrame title="Identity verification" src={href} allow="camera;fullscreen" />;
}
