// Identity step of the account-opening wizard (React 18, react-redux). The step dispatches a thunk that owns the
// listener for the Netverify web client running in the step's iframe; the thunk hands back the function that detaches
// it, which React calls as the effect's cleanup. Every event goes to the slice's timeline (the support console shows
// it); the thunk completes the step itself on a new reference and reports errors by code.
import { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import type { AppDispatch, AppThunk, RootState } from '../store';
import { identityCompleted, identityErrored, identityFrameEvent } from './identitySlice';

export function watchIdentityFrame(): AppThunk<() => void> {
  return (dispatch, getState) => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin.indexOf('.netverify.com') === -1) return;
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      dispatch(identityFrameEvent(message));
      if (message.payload.value === 'success' && getState().identity.reference !== message.transactionReference) {
        dispatch(identityCompleted(message.transactionReference));
      } else if (message.payload.value === 'error') {
        dispatch(identityErrored(message.payload.metainfo?.code ?? 0));
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  };
}

const ERROR_TEXT: Record<string, string> = {
  camera: 'We could not reach your camera. Check the browser permissions and try again.',
  generic: 'The identity check stopped. Please try again in a few minutes.',
};

export function IdentityStep({ frameUrl, onDone }: { frameUrl: string; onDone: () => void }) {
  const dispatch = useDispatch<AppDispatch>();
  const phase = useSelector((state: RootState) => state.identity.phase);
  const errorCode = useSelector((state: RootState) => state.identity.errorCode);

  useEffect(() => dispatch(watchIdentityFrame()), [dispatch]);

  useEffect(() => {
    if (phase === 'completed') onDone();
  }, [phase, onDone]);

  return (
    <section className="identity-step" aria-busy={phase === 'loading'}>
      <h2>Confirm your identity</h2>
      <p>Have your passport or ID card ready. The check takes about two minutes.</p>
      {phase === 'errored' ? (
        <p role="alert">{errorCode === 9820 ? ERROR_TEXT.camera : ERROR_TEXT.generic}</p>
      ) : null}
      <iframe
        title="Identity check"
        className="identity-step__frame"
        src={frameUrl}
        width="100%"
        height="640"
        allow="camera;fullscreen"
      />
    </section>
  );
}
