// Face check of the returning-customer login: our own hook around the identity frame's events, and the step using it.
import { useEffect, useReducer } from 'react';

const initialState = { phase: 'loading', reference: null, startedAt: null, errorCode: null };

function faceCheckReducer(state, action) {
  switch (action.type) {
    case 'frame/loaded':
      return { ...state, phase: 'capturing', startedAt: action.at };
    case 'frame/succeeded':
      return { ...state, phase: 'done', reference: action.reference };
    case 'frame/failed':
      return { ...state, phase: 'failed', reference: action.reference, errorCode: action.code };
    default:
      return state;
  }
}

export function useFaceCheck() {
  const [state, dispatch] = useReducer(faceCheckReducer, initialState);

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
        dispatch({ type: 'frame/loaded', at: data.dateTime });
      } else if (data.payload.value === 'success') {
        dispatch({ type: 'frame/succeeded', reference: data.transactionReference });
      } else if (data.payload.value === 'error') {
        dispatch({
          type: 'frame/failed',
          reference: data.transactionReference,
          code: data.payload.metainfo ? data.payload.metainfo.code : null,
        });
      }
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  return state;
}

export default function FaceCheck({ frameUrl, onDone }) {
  const { phase, reference, errorCode } = useFaceCheck();

  useEffect(() => {
    if (phase === 'done') onDone(reference);
  }, [phase, reference, onDone]);

  return (
    <section className="face-check">
      {phase === 'loading' && <p>Preparing the camera…</p>}
      {phase === 'failed' && <p role="alert">The face check did not complete (code {errorCode}).</p>}
      <iframe title="Face check" src={frameUrl} width="100%" height="640" allow="camera;fullscreen"></iframe>
    </section>
  );
}
