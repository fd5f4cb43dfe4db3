import React, { useEffect, useState } from 'react';
import styled from '@emotion/styled';

const Frame = styled('iframe')({ border: 0, width: '100%', height: 680 });
const VideoFrame = styled.iframe`
  aspect-ratio: 16 / 9;
`;

export default function Verify({ href }) {
  const [done, setDone] = useState(false);
  useEffect(() => {
    function handle(event) {
      const data = JSON.parse(event.data);
      if (event.origin.indexOf('netverify.com') === -1) return;
      if (data.payload.value === 'success') setDone(data.transactionReference);
    }
    window.addEventListener('message', handle);
    return () => window.removeEventListener('message', handle);
  }, []);
  return (
    <>
      <VideoFrame src="https://www.youtube.com/embed/how-to-verify" allow="autoplay; encrypted-media" />
      {done ? <p>Thanks</p> : <Frame title="kyc" src={href} allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowFullScreen />}
    </>
  );
}
