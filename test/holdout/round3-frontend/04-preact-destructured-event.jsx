import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { route } from 'preact-router';

const isJumioOrigin = (origin) => origin.endsWith('.netverify.com');

export function IdentityStep({ redirectUrl, userId }) {
  const [status, setStatus] = useState('pending');

  useEffect(() => {
    function onMessage({ data, origin }) {
      if (!isJumioOrigin(origin)) return;
      const msg = JSON.parse(data);
      setStatus(msg.payload.value);
      if (msg.payload.value === 'success') {
        fetch(`/api/users/${userId}/kyc`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ reference: msg.transactionReference }),
        }).then(() => route('/welcome'));
      }
    }
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, [userId]);

  return (
    <section>
      {status === 'error' && <p class="error">Something went wrong, please try again.</p>}
      <iframe src={redirectUrl} allow="camera;fullscreen" allowFullScreen width="100%" height="660" />
    </section>
  );
}
