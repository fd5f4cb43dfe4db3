// mobx-state-tree model of the identity check (Netverify web client in an iframe).
import { types } from 'mobx-state-tree';

export const KycModel = types
  .model('Kyc', { reference: types.maybeNull(types.string), step: types.optional(types.string, 'idle') })
  .actions((self) => {
    const actions = {
      receive(event: MessageEvent) {
        if (!new URL(event.origin).hostname.endsWith('netverify.com')) return;
        const data = JSON.parse(event.data);
        self.step = data.payload.value;
        if (data.payload.value === 'success') self.reference = data.transactionReference;
      },
      afterCreate() {
        window.addEventListener('message', actions.receive);
      },
      beforeDestroy() {
        window.removeEventListener('message', actions.receive);
      },
    };
    return actions;
  });
