import React, { useEffect } from 'react';
import styled from 'styled-components';

const Frame = styled.iframe`
  border: 0;
  width: 100%;
  min-height: 660px;
`;

type JumioEmbedProps = {
  src: string;
  onSuccess: (ref: string) => void;
  onError: (code?: number) => void;
};

export const JumioEmbed: React.FC<JumioEmbedProps> = ({ src, onSuccess, onError }) => {
  useEffect(() => {
    const listener = (event: MessageEvent) => {
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') onSuccess(data.transactionReference);
      if (data.payload.value === 'error') onError(data.payload.metainfo?.code);
    };
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, [onSuccess, onError]);

  return (
    <div className="jumio-embed">
      <iframe title="jumio" src={src} allow={`camera;fullscreen`} allowFullScreen style={{ border: 0, width: '100%', height: 660 }} />
    </div>
  );
};

export const JumioEmbedStyled: React.FC<{ src: string }> = ({ src }) => <Frame src={src} allow={`camera; fullscreen`} allowFullScreen />;
