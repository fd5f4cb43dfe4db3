/* global __CHALLENGE_FRAME_ORIGIN__, __CHALLENGE_FRAME_ALLOW__ */
// 3-D Secure challenge of the card checkout: shows the card issuer's challenge page (ACS) and reports the result.
// The frame's origin and permissions are compiled in by webpack (DefinePlugin, webpack.config.js): the ACS is not the
// same for the sandbox and the production build.
import { useEffect, useState } from 'react';
import PropTypes from 'prop-types';

export default function CardChallenge({ challengeUrl, onAuthorised, onRestart }) {
  const [phase, setPhase] = useState('loading');
  const [errorCode, setErrorCode] = useState(null);

  useEffect(() => {
    function handleFrameMessage(event) {
      // Only the issuer's 3-D Secure challenge page (ACS) may talk to us.
      if (event.origin !== __CHALLENGE_FRAME_ORIGIN__) return;
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      if (message.payload.value === 'loaded') {
        setPhase('challenging');
      } else if (message.payload.value === 'success') {
        setPhase('done');
        onAuthorised(message.transactionReference);
      } else if (message.payload.value === 'error') {
        setPhase('failed');
        setErrorCode(message.payload.metainfo?.code ?? null);
      }
    }
    window.addEventListener('message', handleFrameMessage);
    return () => window.removeEventListener('message', handleFrameMessage);
  }, [onAuthorised]);

  return (
    <div className="card-challenge">
      {phase === 'loading' && <p className="card-challenge__hint">Contacting your bank…</p>}
      {phase === 'failed' && (
        <div className="card-challenge__error" role="alert">
          <p>Your bank did not confirm the payment (code {errorCode ?? 'unknown'}).</p>
          <button type="button" onClick={onRestart}>
            Try another card
          </button>
        </div>
      )}
      {phase === 'done' ? (
        <p className="card-challenge__done">Thanks, your bank confirmed the payment.</p>
      ) : (
        <iframe
          className="card-challenge__frame"
          src={challengeUrl}
          title="Card payment confirmation"
          width="100%"
          height="600"
          allow={__CHALLENGE_FRAME_ALLOW__}
        />
      )}
    </div>
  );
}

CardChallenge.propTypes = {
  challengeUrl: PropTypes.string.isRequired,
  onAuthorised: PropTypes.func.isRequired,
  onRestart: PropTypes.func.isRequired,
};
