// A zustand store attaching its own handler for a payment widget's frame, which posts a transactionReference too.
import { create } from 'zustand';

type CheckoutState = {
  paid: string | null;
  listen: () => () => void;
  onWidgetMessage: (event: MessageEvent) => void;
};

export const useCheckout = create<CheckoutState>()((set, get) => ({
  paid: null,
  listen: () => {
    const handler = get().onWidgetMessage;
    window.addEventListener('message', handler);
    return () => window.removeEventListener('message', handler);
  },
  onWidgetMessage: (event) => {
    if (event.origin !== 'https://widget.paymentsco.example') return;
    const data = JSON.parse(event.data);
    if (data.status === 'PAID') set({ paid: data.transactionReference });
  },
}));
