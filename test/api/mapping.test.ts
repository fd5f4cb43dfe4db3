import { describe, expect, it } from 'vitest';
import {
  AUTH_REQUEST_FIELD_MOVES,
  COLLIDING_ERROR_CODE,
  ERROR_CODE_CHANGES,
  INITIATE_RESPONSE_FIELD_MOVES,
  IFRAME_EVENT_RENAMES,
  KYX_IFRAME_ALLOW_VALUE,
  LEGACY_9836_IN_KYX,
  REDIRECT_PARAM_RENAMES,
  customerInternalReferenceFor,
  mergeAllowList,
  presetsToCredentials,
  renameIn,
  toKyxAuthenticationRequest,
  toKyxEnrollmentRequest,
  toLegacyIframeEvent,
  toLegacyInitiateResponse,
  workflowKeyForV4,
} from '../../api/index.js';

const enrollment = '3b6f1c9e-0000-4000-8000-000000000001';

describe('legacy Authentication initiate → KYX PUT body', () => {
  it('moves every field to its KYX place and converts the token lifetime', () => {
    const body = toKyxAuthenticationRequest(
      {
        enrollmentTransactionReference: enrollment,
        callbackUrl: 'https://example.com/cb',
        successUrl: 'https://example.com/ok',
        errorUrl: 'https://example.com/err',
        userReference: 'user-1',
        locale: 'de',
        tokenLifetimeInMinutes: 1440,
      },
      { credentialId: 'cred-1' },
    );
    expect(body).toEqual({
      customerInternalReference: 'user-1',
      workflowDefinition: { key: 9, credentials: [{ id: 'cred-1', category: 'ID' }, { category: 'FACEMAP' }] },
      callbackUrl: 'https://example.com/cb',
      web: { successUrl: 'https://example.com/ok', errorUrl: 'https://example.com/err', locale: 'de' },
      userReference: 'user-1',
      tokenLifetime: '1d',
    });
  });

  it('§5.10 #1: the enrollment reference is not a body field (it becomes the account in the path)', () => {
    const body = toKyxAuthenticationRequest({ enrollmentTransactionReference: enrollment, callbackUrl: 'https://e.com/c' }, { credentialId: 'c' });
    expect(JSON.stringify(body)).not.toContain('enrollmentTransactionReference');
  });

  it('§5.10 #2/#4: key 9 with the ID credential by default; 16/10014 or no credentials when configured', () => {
    const legacy = { enrollmentTransactionReference: enrollment, callbackUrl: 'https://e.com/c' };
    expect(toKyxAuthenticationRequest(legacy, { credentialId: 'c', workflow: { key: 10014, credentials: 'none' } }).workflowDefinition).toEqual({ key: 10014 });
    expect(toKyxAuthenticationRequest(legacy, { credentialId: 'c', workflow: { key: 16, credentials: 'id-and-facemap' } }).workflowDefinition.key).toBe(16);
    expect(toKyxAuthenticationRequest(legacy, {}).workflowDefinition).toEqual({ key: 9 });
  });

  it('§5.10 #3: customerInternalReference = userReference, else the enrollment reference', () => {
    expect(customerInternalReferenceFor({ userReference: 'u', enrollmentTransactionReference: enrollment })).toBe('u');
    expect(customerInternalReferenceFor({ enrollmentTransactionReference: enrollment })).toBe(enrollment);
    expect(() => customerInternalReferenceFor({})).toThrow(/customerInternalReference/);
  });

  it('§5.10 #5: no userConsent is invented (there is no legacy source)', () => {
    const body = toKyxAuthenticationRequest({ enrollmentTransactionReference: enrollment, callbackUrl: 'https://e.com/c' }, {});
    expect(body).not.toHaveProperty('userConsent');
  });

  it('§5.10 #9: an absent callbackUrl stays absent (KYX falls back to the portal value)', () => {
    const body = toKyxAuthenticationRequest({ enrollmentTransactionReference: enrollment } as never, {});
    expect(body).not.toHaveProperty('callbackUrl');
  });

  it('the field table covers every optional legacy request field exactly once', () => {
    expect(AUTH_REQUEST_FIELD_MOVES.map((m) => m.legacy).sort()).toEqual(
      ['callbackUrl', 'errorUrl', 'locale', 'successUrl', 'tokenLifetimeInMinutes', 'userReference'],
    );
  });
});

describe('legacy v4 initiate (enrolment) → KYX POST body', () => {
  it('maps workflowId to the key and presets to ID credentials', () => {
    expect(workflowKeyForV4(200)).toBe(3);
    expect(workflowKeyForV4(202)).toBe(3);
    expect(workflowKeyForV4(101)).toBe(2);
    expect(workflowKeyForV4(300)).toBeUndefined();
    expect(presetsToCredentials([{ index: 1, country: 'AUT', type: 'PASSPORT' }])).toEqual([
      { category: 'ID', country: { values: ['AUT'] }, type: { values: ['PASSPORT'] } },
    ]);
    const body = toKyxEnrollmentRequest({
      customerInternalReference: 'tx-1',
      userReference: 'user-1',
      workflowId: 100,
      successUrl: 'https://e.com/ok',
      reportingCriteria: 'r',
      tokenLifetimeInMinutes: 90,
    });
    expect(body).toEqual({
      customerInternalReference: 'tx-1',
      workflowDefinition: { key: 2 },
      web: { successUrl: 'https://e.com/ok' },
      userReference: 'user-1',
      tokenLifetime: '90m',
      reportingCriteria: 'r',
    });
  });

  it('uses key 3 when the legacy body has no workflowId (the enrolment must leave a facemap)', () => {
    expect(toKyxEnrollmentRequest({ customerInternalReference: 'a', userReference: 'b' }).workflowDefinition.key).toBe(3);
  });
});

describe('responses, events, redirects', () => {
  it('KYX response → legacy response; redirectUrl = web.href, transactionReference = workflowExecution.id', () => {
    expect(INITIATE_RESPONSE_FIELD_MOVES.map((m) => [m.legacy, m.kyx.join('.')])).toEqual([
      ['redirectUrl', 'web.href'],
      ['transactionReference', 'workflowExecution.id'],
      ['timestamp', 'timestamp'],
    ]);
    expect(
      toLegacyInitiateResponse({
        timestamp: 't',
        account: { id: 'a' },
        web: { href: 'https://acme.web.amer-1.jumio.ai/web/v4/app?authorizationToken=x' },
        workflowExecution: { id: 'w', credentials: [] },
      }),
    ).toEqual({ timestamp: 't', redirectUrl: 'https://acme.web.amer-1.jumio.ai/web/v4/app?authorizationToken=x', transactionReference: 'w' });
    expect(() => toLegacyInitiateResponse({ timestamp: 't', account: { id: 'a' }, workflowExecution: { id: 'w', credentials: [] } })).toThrow(/web\.href/);
  });

  it('renames event and redirect fields', () => {
    expect(renameIn(IFRAME_EVENT_RENAMES, 'transactionReference')).toBe('workflowExecutionId');
    expect(renameIn(IFRAME_EVENT_RENAMES, 'payload')).toBeUndefined();
    expect(renameIn(REDIRECT_PARAM_RENAMES, 'transactionStatus')).toBe('acquisitionStatus');
    expect(renameIn(REDIRECT_PARAM_RENAMES, 'transactionReference')).toBe('workflowExecutionId');
    expect(
      toLegacyIframeEvent({
        accountId: 'a', authorizationToken: 't', workflowExecutionId: 'w', customerInternalReference: 'c',
        eventType: 510, dateTime: 'd', payload: { value: 'loaded' },
      }),
    ).toEqual({ authorizationToken: 't', transactionReference: 'w', eventType: 510, dateTime: 'd', payload: { value: 'loaded' } });
  });

  it('§5.10 #8: error code 9836 changed meaning; the old meaning is 9835', () => {
    expect(COLLIDING_ERROR_CODE).toBe(9836);
    expect(LEGACY_9836_IN_KYX).toBe(9835);
    const c = ERROR_CODE_CHANGES.find((e) => e.code === 9836)!;
    expect(c.legacy).toMatch(/no acceptable submission/);
    expect(c.kyx).toMatch(/authentication failure/);
  });

  it('merges the KYX allow list into an existing one, keeping other tokens', () => {
    expect(KYX_IFRAME_ALLOW_VALUE).toBe('camera;fullscreen;accelerometer;gyroscope;magnetometer');
    expect(mergeAllowList('camera;fullscreen')).toBe('camera;fullscreen;accelerometer;gyroscope;magnetometer');
    expect(mergeAllowList(undefined)).toBe('camera;fullscreen;accelerometer;gyroscope;magnetometer');
    expect(mergeAllowList('camera; microphone')).toBe('camera;microphone;fullscreen;accelerometer;gyroscope;magnetometer');
    expect(mergeAllowList("camera 'self'; payment")).toBe("camera 'self';payment;fullscreen;accelerometer;gyroscope;magnetometer");
  });
});
