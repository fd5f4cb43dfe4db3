import { eventChannel, END } from 'redux-saga';
import { call, put, take } from 'redux-saga/effects';
import { kycFailed, kycSubmitted } from './kycSlice';

interface JumioMessage {
  transactionReference: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

// Bridges the Netverify iframe's postMessage events into the saga world.
function createJumioChannel() {
  return eventChannel<JumioMessage>((emit) => {
    const handler = (event: MessageEvent) => {
      if (!event.origin.includes('netverify.com')) return;
      try {
        emit(JSON.parse(event.data));
      } catch {
        /* not JSON: ignore */
      }
    };
    window.addEventListener('message', handler);
    return () => window.removeEventListener('message', handler);
  });
}

export function* watchJumio() {
  const chan: ReturnType<typeof createJumioChannel> = yield call(createJumioChannel);
  try {
    while (true) {
      const msg: JumioMessage = yield take(chan);
      if (msg.payload.value === 'success') {
        yield put(kycSubmitted(msg.transactionReference));
        chan.close();
      } else if (msg.payload.value === 'error') {
        yield put(kycFailed(msg.payload.metainfo?.code));
      }
    }
  } finally {
    chan.close();
  }
}
void END;
