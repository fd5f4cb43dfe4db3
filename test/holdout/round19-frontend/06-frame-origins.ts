// Origins allowed to post identity-check events to the app: our white-label web client in each data centre.
export const FRAME_ORIGINS = ['https://acme.netverify.com', 'https://acme.lon.netverify.com'];
