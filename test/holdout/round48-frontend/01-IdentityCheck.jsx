/* global __IDENTITY_FRAME_ORIGIN__, __IDENTITY_FRAME_ALLOW__ */
// Identity check of the withdrawal flow: shows the Netverify web client and reports the member's result.
// The frame's origin and permissions are compiled in by webpack (DefinePlugin, webpack.config.js): the web client is
// served from our white-label host, which is not the same for the sandbox and the production build.
import { useEffect, useState } from 'react';
import PropTypes from 'prop-types';

export default function IdentityCheck({ sessionUrl, onVerified, onRestart }) {
  const [phase, setPhase] = useState('loading');
  const [errorCode, setErrorCode] = useState(null);

  useEffect(() => {
    function handleFrameMessage(event) {
      if (event.origin !== __IDENTITY_FRAME_ORIGIN__) return;
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      if (message.payload.value === 'loaded') {
        setPhase('capturing');
      } else if (message.payload.value === 'success') {
        setPhase('done');
        onVerified(message.transactionReference);
      } else if (message.payload.value === 'error') {
        setPhase('failed');
        setErrorCode(message.payload.metainfo?.code ?? null);
      }
    }
    window.addEventListener('message', handleFrameMessage);
    return () => window.removeEventListener('message', handleFrameMessage);
  }, [onVerified]);

  return (
    <div className="identity-check">
      {phase === 'loading' && <p className="identity-check__hint">Loading the camera check…</p>}
      {phase === 'failed' && (
        <div className="identity-check__error" role="alert">
          <p>The check did not finish (code {errorCode ?? 'unknown'}).</p>
          <button type="button" onClick={onRestart}>
            Start again
          </button>
        </div>
      )}
      {phase === 'done' ? (
        <p className="identity-check__done">Thanks, you are verified. Your withdrawal is on its way.</p>
      ) : (
        <iframe
          className="identity-check__frame"
          src={sessionUrl}
          title="Identity check"
          width="100%"
          height="640"
          allow={__IDENTITY_FRAME_ALLOW__}
          allowFullScreen
        />
      )}
    </div>
  );
}

IdentityCheck.propTypes = {
  sessionUrl: PropTypes.string.isRequired,
  onVerified: PropTypes.func.isRequired,
  onRestart: PropTypes.func.isRequired,
};
