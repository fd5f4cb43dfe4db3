import { useEffect } from 'react';
import styled from 'styled-components';

const Frame = styled.iframe.attrs({ title: 'Identity verification', allow: 'camera' })`
  border: 0;
  width: 100%;
`;
const WideFrame = styled(Frame)`
  min-height: 720px;
`;

export function KycStep({ url, wide, onDone }: { url: string; wide: boolean; onDone: (ref: string) => void }) {
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') onDone(data.transactionReference);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onDone]);
  return wide ? <WideFrame src={url} /> : <Frame src={url} />;
}
