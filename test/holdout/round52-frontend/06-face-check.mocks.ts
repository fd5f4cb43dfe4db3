// Mock Service Worker handlers for the face check, shared by the browser worker (`npm run dev:mock`) and the msw/node
// server of the unit and integration tests (src/mocks/browser.ts, src/mocks/node.ts). Also the fixtures of the events
// the Jumio web client posts, for tests that need a ready-made one.
import { delay, http, HttpResponse } from 'msw';

export const MOCK_REFERENCE = '0c6f4b1e-8a2d-4e57-b3c9-71d5e2a4f810';

/** What the web client posts to the page (as JSON strings), one per outcome. */
export const FRAME_EVENTS = {
  loaded: {
    authorizationToken: 'mock-token',
    transactionReference: MOCK_REFERENCE,
    eventType: 510,
    dateTime: '2025-02-03T09:00:00.000Z',
    payload: { value: 'loaded' },
  },
  success: {
    authorizationToken: 'mock-token',
    transactionReference: MOCK_REFERENCE,
    eventType: 510,
    dateTime: '2025-02-03T09:01:30.000Z',
    payload: { value: 'success' },
  },
  cameraUnavailable: {
    authorizationToken: 'mock-token',
    transactionReference: MOCK_REFERENCE,
    eventType: 510,
    dateTime: '2025-02-03T09:00:20.000Z',
    payload: { value: 'error', metainfo: { code: 9820 } },
  },
  tooManyAttempts: {
    authorizationToken: 'mock-token',
    transactionReference: MOCK_REFERENCE,
    eventType: 510,
    dateTime: '2025-02-03T09:04:10.000Z',
    payload: { value: 'error', metainfo: { code: 9836 } },
  },
} as const;

interface StartFaceCheckBody {
  applicationId: string;
  locale?: string;
}

export const faceCheckHandlers = [
  // Our backend's session endpoint answers with the web client's URL and the transaction reference.
  http.post('/api/loan/face-check/sessions', async ({ request }) => {
    const { locale = 'en-GB' } = (await request.json()) as StartFaceCheckBody;
    const url = new URL('/web/v4/app', 'https://halden.netverify.com');
    url.searchParams.set('authorizationToken', 'mock-token');
    url.searchParams.set('locale', locale);
    await delay(400);
    return HttpResponse.json({ redirectUrl: url.href, transactionReference: MOCK_REFERENCE });
  }),

  http.post('/api/loan/face-check/complete', async () => {
    await delay(150);
    return new HttpResponse(null, { status: 204 });
  }),

  http.post('/api/loan/face-check/sessions/:applicationId/cancel', () => new HttpResponse(null, { status: 204 })),
];
