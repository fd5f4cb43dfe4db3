// Identity slice of the insurance quote app (Redux Toolkit 2). The store prepends `identityListener.middleware`
// (store.ts); while the identity step is open, the listener effect below listens to the Netverify web client in the
// step's iframe and turns its events into slice actions. The effect ends when the step closes or the capture is
// submitted, and the AbortController detaches the window listener with it.
import { createListenerMiddleware, createSlice, type PayloadAction } from '@reduxjs/toolkit';

type FrameMessage = {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
};

interface IdentityState {
  phase: 'closed' | 'open' | 'capturing' | 'submitted' | 'failed';
  reference: string | null;
  submittedAt: string | null;
  errorCode: number | null;
}

const initialState: IdentityState = { phase: 'closed', reference: null, submittedAt: null, errorCode: null };

export const identitySlice = createSlice({
  name: 'identity',
  initialState,
  reducers: {
    stepOpened: (state) => {
      state.phase = 'open';
      state.errorCode = null;
    },
    stepClosed: (state) => {
      state.phase = 'closed';
    },
    captureStarted: (state) => {
      state.phase = 'capturing';
    },
    submitted: (state, action: PayloadAction<{ reference: string; at: string }>) => {
      state.phase = 'submitted';
      state.reference = action.payload.reference;
      state.submittedAt = action.payload.at;
    },
    failed: (state, action: PayloadAction<{ reference: string | null; code: number | null }>) => {
      state.phase = 'failed';
      state.reference = action.payload.reference;
      state.errorCode = action.payload.code;
    },
  },
});

export const { stepOpened, stepClosed, captureStarted, submitted, failed } = identitySlice.actions;

export const identityListener = createListenerMiddleware();

identityListener.startListening({
  actionCreator: stepOpened,
  effect: async (_action, listenerApi) => {
    listenerApi.cancelActiveListeners();
    const frameEvents = new AbortController();

    const onFrameMessage = (event: MessageEvent<string>) => {
      const { hostname } = new URL(event.origin);
      if (!hostname.endsWith('.netverify.com')) return;
      const message: FrameMessage = JSON.parse(event.data);
      if (message.payload.value === 'loaded') {
        listenerApi.dispatch(captureStarted());
      } else if (message.payload.value === 'success') {
        listenerApi.dispatch(submitted({ reference: message.transactionReference, at: message.dateTime }));
      } else if (message.payload.value === 'error') {
        listenerApi.dispatch(failed({ reference: message.transactionReference ?? null, code: message.payload.metainfo?.code ?? null }));
      }
    };

    window.addEventListener('message', onFrameMessage, { signal: frameEvents.signal });
    try {
      await listenerApi.condition((action) => stepClosed.match(action) || submitted.match(action));
    } finally {
      frameEvents.abort();
    }
  },
});

export default identitySlice.reducer;
