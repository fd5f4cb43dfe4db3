// Document capture of the signup flow: our own hook around Onfido's hosted capture frame, and the step using it.
import { useEffect, useReducer } from 'react';

const initialState = { phase: 'loading', reference: null, startedAt: null, errorCode: null };

function captureReducer(state, action) {
  switch (action.type) {
    case 'capture/loaded':
      return { ...state, phase: 'capturing', startedAt: action.at };
    case 'capture/succeeded':
      return { ...state, phase: 'done', reference: action.reference };
    case 'capture/failed':
      return { ...state, phase: 'failed', reference: action.reference, errorCode: action.code };
    default:
      return state;
  }
}

export function useOnfidoCapture() {
  const [state, dispatch] = useReducer(captureReducer, initialState);

  useEffect(() => {
    function onMessage(event) {
      if (typeof event.data !== 'string') return;
      let data;
      try {
        data = JSON.parse(event.data);
      } catch (err) {
        return;
      }
      if (!data.payload) return;
      if (data.payload.value === 'loaded') {
        dispatch({ type: 'capture/loaded', at: data.sentAt });
      } else if (data.payload.value === 'complete') {
        dispatch({ type: 'capture/succeeded', reference: data.transactionReference });
      } else if (data.payload.value === 'error') {
        dispatch({
          type: 'capture/failed',
          reference: data.transactionReference,
          code: data.payload.reason ? data.payload.reason.code : null,
        });
      }
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  return state;
}

export default function DocumentCapture({ frameUrl, onDone }) {
  const { phase, reference, errorCode } = useOnfidoCapture();

  useEffect(() => {
    if (phase === 'done') onDone(reference);
  }, [phase, reference, onDone]);

  return (
    <section className="document-capture">
      {phase === 'loading' && <p>Preparing the camera…</p>}
      {phase === 'failed' && <p role="alert">The document capture did not complete (code {errorCode}).</p>}
      <iframe title="Document capture" src={frameUrl} width="100%" height="640" allow="camera;fullscreen"></iframe>
    </section>
  );
}
