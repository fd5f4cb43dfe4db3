// Identity step of the brokerage onboarding (Redux + redux-saga). While the step is open, a saga turns the Netverify
// web client's postMessage events into identity actions: an eventChannel wraps the window listener, the saga takes
// from it in a loop, puts each action to the store and confirms the reference with our API once the capture is
// submitted. The channel closes itself (END) after a submission, and the step's Cancel button races it.
import { END, buffers, eventChannel, type EventChannel, type SagaIterator } from 'redux-saga';
import { call, cancelled, put, race, take } from 'redux-saga/effects';
import { identityActions, type IdentityAction } from './identitySlice';
import { onboardingApi } from '../api/onboarding';

const WEB_CLIENT_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;

interface IdentityFrameMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code: number };
  };
}

function identityFrameChannel(): EventChannel<IdentityAction> {
  return eventChannel<IdentityAction>((emit) => {
    const handler = (event: MessageEvent<string>) => {
      if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;
      let message: IdentityFrameMessage;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      switch (message.payload.value) {
        case 'loaded':
          emit(identityActions.frameLoaded());
          break;
        case 'success':
          emit(identityActions.submitted({ reference: message.transactionReference, at: message.dateTime }));
          emit(END);
          break;
        case 'error':
          emit(identityActions.failed({ reference: message.transactionReference, code: message.payload.metainfo?.code ?? null }));
          break;
      }
    };
    window.addEventListener('message', handler);
    return () => window.removeEventListener('message', handler);
  }, buffers.sliding<IdentityAction>(4));
}

function* confirmSubmission(reference: string): SagaIterator {
  try {
    const confirmation = yield call([onboardingApi, onboardingApi.confirmIdentity], reference);
    yield put(identityActions.confirmed({ reference, state: confirmation.state }));
  } catch (error) {
    yield put(identityActions.confirmationFailed(String(error)));
  }
}

export function* identityFrameSaga(): SagaIterator {
  const channel: EventChannel<IdentityAction> = yield call(identityFrameChannel);
  try {
    while (true) {
      const { action, cancel } = yield race({
        action: take(channel),
        cancel: take(identityActions.stepCancelled.type),
      });
      if (cancel) break;
      yield put(action);
      if (identityActions.submitted.match(action)) {
        yield call(confirmSubmission, action.payload.reference);
      }
    }
  } finally {
    if (yield cancelled()) yield put(identityActions.stepCancelled());
    channel.close();
  }
}
