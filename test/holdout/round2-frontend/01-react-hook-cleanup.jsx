import React, { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { startVerification } from '../api/kyc';

// Identity check step of the onboarding wizard.
export default function IdentityStep({ userId }) {
  const [iframeUrl, setIframeUrl] = useState(null);
  const [status, setStatus] = useState('idle');
  const navigate = useNavigate();

  useEffect(() => {
    startVerification(userId).then((res) => setIframeUrl(res.redirectUrl));
  }, [userId]);

  useEffect(() => {
    function onMessage(event) {
      let data;
      try {
        data = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      switch (data.payload.value) {
        case 'loaded':
          setStatus('loaded');
          break;
        case 'success':
          setStatus('done');
          navigate(`/onboarding/review?ref=${data.transactionReference}`);
          break;
        case 'error':
          setStatus('failed');
          console.warn('jumio error', data.payload.metainfo && data.payload.metainfo.code);
          break;
        default:
      }
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [navigate]);

  if (!iframeUrl) return <Spinner />;
  return (
    <div className="identity-step">
      {status === 'failed' && <p className="error">Verification failed, please retry.</p>}
      <iframe
        title="Identity verification"
        src={iframeUrl}
        width="100%"
        height="710"
        allow="camera;fullscreen"
        allowFullScreen
      />
    </div>
  );
}

function Spinner() {
  return <div className="spinner" />;
}
