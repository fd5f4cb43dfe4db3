import { useEffect } from 'react';
import styled from 'styled-components';

const Frame = styled.iframe.attrs<{ perms: string }>((p) => ({ allow: p.perms }))`
  border: 0;
`;

export function Kyc({ url, perms }: { url: string; perms: string }) {
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== 'https://acme.netverify.com') return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') console.log(data.transactionReference);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return (
    <section>
      <Frame src={url} perms={perms} allowFullScreen />
    </section>
  );
}
