import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';

export interface PayPalCheckoutState {
  approvalUrl: string;
  status: 'pending' | 'approved' | 'cancelled';
  transactionReference?: string;
}

const PAYPAL_ORIGIN = 'https://www.paypal.com';

export const checkoutApi = createApi({
  reducerPath: 'checkoutApi',
  baseQuery: fetchBaseQuery({ baseUrl: '/api/checkout' }),
  endpoints: (builder) => ({
    paypalCheckout: builder.query<PayPalCheckoutState, string>({
      query: (orderId) => ({ url: `/paypal/${orderId}`, method: 'POST' }),
      async onCacheEntryAdded(_orderId, { updateCachedData, cacheDataLoaded, cacheEntryRemoved }) {
        const onMessage = (event: MessageEvent) => {
          if (event.origin !== PAYPAL_ORIGIN) return;
          const data = JSON.parse(event.data);
          updateCachedData((draft) => {
            if (data.payload.value === 'success') {
              draft.status = 'approved';
              draft.transactionReference = data.transactionReference;
            }
            if (data.payload.value === 'error') draft.status = 'cancelled';
          });
        };
        await cacheDataLoaded;
        window.addEventListener('message', onMessage);
        await cacheEntryRemoved;
        window.removeEventListener('message', onMessage);
      },
    }),
  }),
});
