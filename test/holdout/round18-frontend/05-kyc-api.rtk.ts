import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';

export interface KycSessionState {
  frameUrl: string;
  step: 'loading' | 'capturing' | 'done' | 'failed';
  reference?: string;
  errorCode?: number;
}

/** Our tenant's Netverify web client (the redirectUrl the backend hands us is served from here). */
const FRAME_ORIGIN = 'https://acme.netverify.com';

export const kycApi = createApi({
  reducerPath: 'kycApi',
  baseQuery: fetchBaseQuery({ baseUrl: '/api/kyc' }),
  endpoints: (builder) => ({
    kycSession: builder.query<KycSessionState, void>({
      query: () => ({ url: '/session', method: 'POST' }),
      transformResponse: (res: { frameUrl: string }) => ({ frameUrl: res.frameUrl, step: 'loading' as const }),
      async onCacheEntryAdded(_arg, { updateCachedData, cacheDataLoaded, cacheEntryRemoved }) {
        const onMessage = (event: MessageEvent) => {
          if (event.origin !== FRAME_ORIGIN) return;
          const data = JSON.parse(event.data);
          updateCachedData((draft) => {
            if (data.payload.value === 'loaded') draft.step = 'capturing';
            if (data.payload.value === 'success') {
              draft.step = 'done';
              draft.reference = data.transactionReference;
            }
            if (data.payload.value === 'error') {
              draft.step = 'failed';
              draft.reference = data.transactionReference;
              draft.errorCode = data.payload.metainfo?.code;
            }
          });
        };
        try {
          await cacheDataLoaded;
          window.addEventListener('message', onMessage);
        } catch {
          // the session request failed: nothing to listen to
        }
        await cacheEntryRemoved;
        window.removeEventListener('message', onMessage);
      },
    }),
  }),
});

export const { useKycSessionQuery } = kycApi;
