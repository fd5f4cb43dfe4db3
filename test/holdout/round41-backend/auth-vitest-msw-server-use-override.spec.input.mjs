// Service tests of the face-login start (src/face-login.mjs), with msw standing in for the Netverify EU data centre.
// The default handler answers like Jumio and records what it was sent; single cases override it with server.use().
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFaceLogin } from '../src/face-login.mjs';

const REFERENCE = 'c1d9e0f4-2a7b-4b3e-8f6d-91a0b5c4e2d7';
const received = [];

const server = setupServer(
  http.post('https://lon.netverify.com/api/authentication/v1/web/initiate', async ({ request }) => {
    const body = await request.json();
    received.push({ authorization: request.headers.get('authorization'), body });
    return HttpResponse.json({
      timestamp: '2022-02-08T11:42:07.019Z',
      redirectUrl: `https://stub.invalid/web/v4/app?authorizationToken=${body.enrollmentTransactionReference}`,
      transactionReference: REFERENCE,
    });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

afterEach(() => {
  server.resetHandlers();
  received.length = 0;
  vi.unstubAllEnvs();
});

afterAll(() => server.close());

describe('startFaceLogin', () => {
  it('sends the enrolment reference, the locale and our return pages', async () => {
    vi.stubEnv('JUMIO_API_TOKEN', 'tok');
    vi.stubEnv('JUMIO_API_SECRET', 'sec');

    const result = await startFaceLogin({ id: 'cust-118', enrolment: 'enr-7731', locale: 'de-AT' });

    expect(received).toHaveLength(1);
    expect(received[0].authorization).toBe(`Basic ${btoa('tok:sec')}`);
    expect(received[0].body).toMatchObject({
      enrollmentTransactionReference: 'enr-7731',
      userReference: 'cust-118',
      locale: 'de-AT',
      successUrl: 'https://konto.alpenbank.example/anmeldung/gesicht/ok',
      errorUrl: 'https://konto.alpenbank.example/anmeldung/gesicht/fehler',
    });
    expect(result).toEqual({ url: 'https://stub.invalid/web/v4/app?authorizationToken=enr-7731', reference: REFERENCE });
  });

  it('gives up when Jumio refuses the API user', async () => {
    server.use(
      http.post('https://lon.netverify.com/api/authentication/v1/web/initiate', () =>
        HttpResponse.json({ message: 'Forbidden' }, { status: 403 }),
      ),
    );

    await expect(startFaceLogin({ id: 'cust-118', enrolment: 'enr-7731' })).rejects.toThrow(/403/);
  });

  it('retries once after a dropped connection', async () => {
    server.use(
      http.post('https://lon.netverify.com/api/authentication/v1/web/initiate', () => HttpResponse.error(), { once: true }),
    );

    const result = await startFaceLogin({ id: 'cust-118', enrolment: 'enr-7731' });

    expect(result.reference).toBe(REFERENCE);
    expect(received).toHaveLength(1);
  });
});
