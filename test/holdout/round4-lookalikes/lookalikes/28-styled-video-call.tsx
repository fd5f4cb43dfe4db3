import styled from 'styled-components';
import { useEffect } from 'react';

const CallFrame = styled.iframe`
  width: 100%;
  height: 70vh;
  border: 0;
  border-radius: 12px;
`;

// Telehealth consultation room (Daily prebuilt); the frame reports when the doctor ends the call.
export function ConsultationRoom({ roomUrl, onEnded }: { roomUrl: string; onEnded: () => void }) {
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== new URL(roomUrl).origin) return;
      if (e.data?.action === 'left-meeting') onEnded();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [roomUrl, onEnded]);
  return <CallFrame src={roomUrl} allow="camera;microphone;fullscreen;display-capture" title="Consultation" />;
}
