// Contract tests of the face-login start (src/face-login/start-face-login.ts) against a recorded Netverify answer.
// nock stands in for Jumio's US data centre: the service must send the member's enrolment reference, our return pages
// and the API user's Basic credentials, and must turn Jumio's refusals into FaceLoginUnavailableError.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { FaceLoginUnavailableError, startFaceLogin } from '../src/face-login/start-face-login';

const MEMBER = { id: 'member-20931', jumioEnrolmentRef: 'e7c2f1d0-5a4b-4e8f-9b61-2d0c3a7f4e19', locale: 'en-US' };
const WEB_CLIENT = 'https://harborcu.netverify.com/web/v4/app?locale=en-US&authorizationToken=eyJhbGciOiJIUzUxMiJ9.test';

beforeAll(() => {
  process.env.JUMIO_API_TOKEN = 'test-token';
  process.env.JUMIO_API_SECRET = 'test-secret';
  nock.disableNetConnect();
});

afterEach(() => nock.cleanAll());

afterAll(() => nock.enableNetConnect());

describe('startFaceLogin', () => {
  it("starts an authentication for the member's enrolment", async () => {
    const scope = nock('https://netverify.com')
      .matchHeader('authorization', `Basic ${Buffer.from('test-token:test-secret').toString('base64')}`)
      .matchHeader('user-agent', /^Harbor-Online-Banking\//)
      .post(
        '/api/authentication/v1/web/initiate',
        (body: Record<string, unknown>) =>
          body.enrollmentTransactionReference === MEMBER.jumioEnrolmentRef &&
          body.userReference === MEMBER.id &&
          body.successUrl === 'https://online.harborcu.example/login/face/done' &&
          body.tokenLifetimeInMinutes === 15,
      )
      .reply(200, {
        timestamp: '2021-09-02T14:05:11.532Z',
        redirectUrl: WEB_CLIENT,
        transactionReference: '0b7e4a52-91c3-4d7e-a0f8-6f2e3c1d9a44',
      });

    await expect(startFaceLogin(MEMBER)).resolves.toEqual({
      url: WEB_CLIENT,
      reference: '0b7e4a52-91c3-4d7e-a0f8-6f2e3c1d9a44',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('turns a 403 from Jumio into FaceLoginUnavailableError', async () => {
    nock('https://netverify.com').post('/api/authentication/v1/web/initiate').reply(403, { message: 'Forbidden' });

    await expect(startFaceLogin(MEMBER)).rejects.toBeInstanceOf(FaceLoginUnavailableError);
  });

  it('does not call Jumio for a member without an enrolment', async () => {
    await expect(startFaceLogin({ ...MEMBER, jumioEnrolmentRef: '' })).rejects.toThrow(/no face enrolment/);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
