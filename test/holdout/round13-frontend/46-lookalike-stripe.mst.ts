// mobx-state-tree model of a Stripe 3-D Secure confirmation shown in our own frame.
import { types } from 'mobx-state-tree';

export const PaymentModel = types
  .model('Payment', { transactionReference: types.maybeNull(types.string), step: types.optional(types.string, 'idle') })
  .actions((self) => {
    const actions = {
      receive(event: MessageEvent) {
        if (event.origin !== 'https://js.stripe.com') return;
        const data = JSON.parse(event.data);
        self.step = data.payload.value;
        if (data.payload.value === 'succeeded') self.transactionReference = data.transactionReference;
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
