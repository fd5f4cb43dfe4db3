import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { AppDispatch } from './store';

interface KycState {
  reference: string | null;
  step: string;
}

const kycSlice = createSlice({
  name: 'kyc',
  initialState: { reference: null, step: 'idle' } as KycState,
  reducers: {
    jumioEventReceived(state, action: PayloadAction<any>) {
      state.step = action.payload.payload.value;
      state.reference = action.payload.transactionReference;
    },
  },
});

export const { jumioEventReceived } = kycSlice.actions;
export default kycSlice.reducer;

export function startKycListener(dispatch: AppDispatch): () => void {
  const onMessage = (event: MessageEvent) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    dispatch(jumioEventReceived(JSON.parse(event.data)));
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
