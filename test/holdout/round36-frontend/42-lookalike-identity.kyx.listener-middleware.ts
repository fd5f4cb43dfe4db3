// Identity slice of the travel-insurance app (Redux Toolkit 2), on the KYX platform since the spring release. The
// store prepends `identityListener.middleware` (store.ts); while the identity step is open, the listener effect below
// listens to the KYX web client in the step's iframe and turns its events into slice actions. The effect ends when
// the step closes or the capture is submitted, and the AbortController detaches the window listener with it.
import { createListenerMiddleware, createSlice, type PayloadAction } from '@reduxjs/toolkit';

type WebClientMessage = {
  accountId: string;
  authorizationToken: string;
  workflowExecutionId: string;
  customerInternalReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
};

interface IdentityState {
  phase: 'closed' | 'open' | 'capturing' | 'submitted' | 'failed';
  executionId: string | null;
  accountId: string | null;
  errorCode: number | null;
  faceMismatch: boolean;
}

const initialState: IdentityState = { phase: 'closed', executionId: null, accountId: null, errorCode: null, faceMismatch: false };

export const identitySlice = createSlice({
  name: 'identity',
  initialState,
  reducers: {
    stepOpened: (state) => {
      state.phase = 'open';
      state.errorCode = null;
      state.faceMismatch = false;
    },
    stepClosed: (state) => {
      state.phase = 'closed';
    },
    captureStarted: (state) => {
      state.phase = 'capturing';
    },
    submitted: (state, action: PayloadAction<{ executionId: string; accountId: string }>) => {
      state.phase = 'submitted';
      state.executionId = action.payload.executionId;
      state.accountId = action.payload.accountId;
    },
    failed: (state, action: PayloadAction<{ executionId: string | null; code: number | null; faceMismatch: boolean }>) => {
      state.phase = 'failed';
      state.executionId = action.payload.executionId;
      state.errorCode = action.payload.code;
      state.faceMismatch = action.payload.faceMismatch;
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
      if (!hostname.endsWith('.jumio.ai')) return;
      const message: WebClientMessage = JSON.parse(event.data);
      if (message.payload.value === 'loaded') {
        listenerApi.dispatch(captureStarted());
      } else if (message.payload.value === 'success') {
        listenerApi.dispatch(submitted({ executionId: message.workflowExecutionId, accountId: message.accountId }));
      } else if (message.payload.value === 'error') {
        const code = message.payload.metainfo?.code ?? null;
        // 9836 on KYX: the face did not match the account's facemap.
        listenerApi.dispatch(failed({ executionId: message.workflowExecutionId ?? null, code, faceMismatch: code === 9836 }));
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
