// Route tests of the Netverify authentication callback (src/routes/netverify-callbacks.ts). Jumio posts the result
// form-encoded from its EU callback addresses; the fixture is the sample of the callback guide with our references.
// The store is mocked: these tests only pin what the route hands it and how it answers Jumio.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { createApp } from '../src/app';
import { recordFaceLoginResult } from '../src/face-logins';

jest.mock('../src/face-logins');

const ROUTE = '/callbacks/netverify/authentication';
const JUMIO_EU_CALLBACK_IP = '34.253.41.236';
const REFERENCE = '3f6f0b4c-8d8e-4c59-9c1e-5d2b7a0e91aa';
const ENROLMENT = 'a9d1c7e2-6b3f-4f0a-8e55-0c4b2d9f7a13';

const FACE_IMAGE = `https://lon.netverify.com/api/netverify/v2/authentications/${REFERENCE}/images/face`;

const LIVENESS_IMAGES = [1, 2, 3].map(
  (n) => `https://lon.netverify.com/api/netverify/v2/authentications/${REFERENCE}/images/liveness/${n}`,
);

function callbackForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    callBackType: 'NETVERIFY_AUTHENTICATION',
    callbackDate: '2021-06-14T09:21:33.112Z',
    transactionReference: REFERENCE,
    enrollmentTransactionReference: ENROLMENT,
    transactionResult: 'PASSED',
    transactionDate: '2021-06-14T09:19:02.418Z',
    scanSource: 'WEB',
    userReference: 'member-4411',
    idScanImageFace: FACE_IMAGE,
    livenessImages: JSON.stringify(LIVENESS_IMAGES),
    ...overrides,
  };
}

describe(`POST ${ROUTE}`, () => {
  const app = createApp({ trustProxy: true });

  beforeEach(() => {
    jest.mocked(recordFaceLoginResult).mockReset();
  });

  it('records a passed face login with its images', async () => {
    await request(app).post(ROUTE).set('X-Forwarded-For', JUMIO_EU_CALLBACK_IP).type('form').send(callbackForm()).expect(200);

    expect(recordFaceLoginResult).toHaveBeenCalledWith(
      REFERENCE,
      expect.objectContaining({ enrolment: ENROLMENT, passed: true, faceImage: FACE_IMAGE, livenessImages: LIVENESS_IMAGES }),
    );
  });

  it('records a failed face login as not passed', async () => {
    await request(app)
      .post(ROUTE)
      .set('X-Forwarded-For', JUMIO_EU_CALLBACK_IP)
      .type('form')
      .send(callbackForm({ transactionResult: 'FAILED' }))
      .expect(200);

    expect(recordFaceLoginResult).toHaveBeenCalledWith(REFERENCE, expect.objectContaining({ passed: false, result: 'FAILED' }));
  });

  it('answers 200 to an expired session so Jumio stops retrying', async () => {
    await request(app)
      .post(ROUTE)
      .set('X-Forwarded-For', JUMIO_EU_CALLBACK_IP)
      .type('form')
      .send(callbackForm({ transactionResult: 'EXPIRED', idScanImageFace: '', livenessImages: '[]' }))
      .expect(200);

    expect(recordFaceLoginResult).toHaveBeenCalledWith(REFERENCE, expect.objectContaining({ passed: false, result: 'EXPIRED' }));
  });

  it('refuses callers outside the Jumio callback addresses', async () => {
    await request(app).post(ROUTE).set('X-Forwarded-For', '203.0.113.7').type('form').send(callbackForm()).expect(403);

    expect(recordFaceLoginResult).not.toHaveBeenCalled();
  });

  it('answers 400 to a form without a transaction reference', async () => {
    await request(app)
      .post(ROUTE)
      .set('X-Forwarded-For', JUMIO_EU_CALLBACK_IP)
      .type('form')
      .send(callbackForm({ transactionReference: '' }))
      .expect(400);
  });
});
