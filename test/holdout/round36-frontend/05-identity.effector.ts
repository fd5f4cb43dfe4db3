// Identity step model of the payroll app (Effector 23). `identityStepOpened` runs an effect that attaches the window
// listener for the Netverify web client in the step's iframe, `identityStepClosed` one that detaches it. The listener
// publishes each message of the client as `frameMessageReceived`; the step's store, the confirmation effect below and
// the analytics model (analytics/identity-model.ts) all subscribe to that event.
import { createEffect, createEvent, createStore, sample } from 'effector';
import { payrollApi } from '../api/payroll';

export interface IdentityFrameMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export const identityStepOpened = createEvent();
export const identityStepClosed = createEvent();
export const frameMessageReceived = createEvent<IdentityFrameMessage>();

function handleFrameMessage(event: MessageEvent): void {
  if (!event.origin.includes('netverify.com')) return;
  if (typeof event.data !== 'string') return;
  const data = JSON.parse(event.data);
  if (!data.transactionReference) return;
  frameMessageReceived(data);
}

const attachFrameListenerFx = createEffect(() => {
  window.addEventListener('message', handleFrameMessage);
});

const detachFrameListenerFx = createEffect(() => {
  window.removeEventListener('message', handleFrameMessage);
});

sample({ clock: identityStepOpened, target: attachFrameListenerFx });
sample({ clock: identityStepClosed, target: detachFrameListenerFx });

const confirmIdentityFx = createEffect(async ({ reference, at }: { reference: string; at: string }) => {
  const { verified } = await payrollApi.confirmIdentity(reference, at);
  return verified;
});

export const $identity = createStore({
  step: 'idle' as 'idle' | 'loaded' | 'success' | 'error',
  reference: null as string | null,
  code: null as number | null,
})
  .on(frameMessageReceived, (state, message) => ({
    step: message.payload.value,
    reference: message.payload.value === 'success' ? message.transactionReference : state.reference,
    code: message.payload.metainfo?.code ?? null,
  }))
  .reset(identityStepOpened);

sample({
  clock: frameMessageReceived,
  filter: (message) => message.payload.value === 'success',
  fn: (message) => ({ reference: message.transactionReference, at: message.dateTime }),
  target: confirmIdentityFx,
});

export const $verified = createStore(false)
  .on(confirmIdentityFx.doneData, (_, verified) => verified)
  .reset(identityStepOpened);

sample({ clock: confirmIdentityFx.done, target: identityStepClosed });
