// Identity step of the savings app (mobx-state-tree). The step's model is attached to the onboarding tree while the
// step is shown: afterAttach starts listening to the Netverify web client (our white-label tenant) in the step's
// iframe and beforeDetach stops. The listener only calls the model's actions with what the client sent; the actions
// change the state and confirm a submitted reference with our API.
import { flow, types } from 'mobx-state-tree';
import { savingsApi } from '../services/savings-api';

const WEB_CLIENT_ORIGIN = 'https://acme.netverify.com';

interface FrameMessage {
  authorizationToken: string;
  transactionReference: string;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export const IdentityStep = types
  .model('IdentityStep', {
    phase: types.optional(types.enumeration(['idle', 'capturing', 'submitted', 'confirmed', 'failed']), 'idle'),
    reference: types.maybeNull(types.string),
    submittedAt: types.maybeNull(types.string),
    errorCode: types.maybeNull(types.number),
  })
  .actions((self) => ({
    markCapturing() {
      self.phase = 'capturing';
    },
    markSubmitted(reference: string, at: string) {
      self.phase = 'submitted';
      self.reference = reference;
      self.submittedAt = at;
    },
    markFailed(code: number | null) {
      self.phase = 'failed';
      self.errorCode = code;
    },
    confirm: flow(function* confirm() {
      if (!self.reference) return;
      const result: { confirmed: boolean } = yield savingsApi.confirmIdentity(self.reference);
      if (result.confirmed) self.phase = 'confirmed';
    }),
  }))
  .actions((self) => {
    function onFrameMessage(event: MessageEvent<string>) {
      if (event.origin !== WEB_CLIENT_ORIGIN) return;
      const message: FrameMessage = JSON.parse(event.data);
      if (message.payload.value === 'loaded') {
        self.markCapturing();
      } else if (message.payload.value === 'success') {
        self.markSubmitted(message.transactionReference, message.dateTime);
        void self.confirm();
      } else if (message.payload.value === 'error') {
        self.markFailed(message.payload.metainfo?.code ?? null);
      }
    }

    return {
      afterAttach() {
        window.addEventListener('message', onFrameMessage);
      },
      beforeDetach() {
        window.removeEventListener('message', onFrameMessage);
      },
    };
  });
