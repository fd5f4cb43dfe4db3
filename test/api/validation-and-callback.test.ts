import { describe, expect, it } from 'vitest';
import {
  AUTH_CALLBACK_FIELDS,
  encodeLegacyCallback,
  kyxFitErrors,
  legacyTransactionResult,
  toLegacyAuthCallback,
  validateKyxAccountRequest,
  validateLegacyAuthInitiate,
  validateLegacyV4Initiate,
  type KyxWorkflowDetails,
} from '../../api/index.js';

const ok = { enrollmentTransactionReference: 'e'.repeat(36), callbackUrl: 'https://example.com/cb' };

describe('legacy validation names the field', () => {
  it('accepts a valid body', () => {
    expect(validateLegacyAuthInitiate(ok)).toEqual([]);
  });
  it('requires the enrollment reference and callbackUrl (bold in the legacy guide)', () => {
    expect(validateLegacyAuthInitiate({}).map((e) => e.field)).toEqual(['enrollmentTransactionReference', 'callbackUrl']);
  });
  it('enforces legacy lengths, URL rules, locale and token lifetime', () => {
    const errors = validateLegacyAuthInitiate({
      ...ok,
      enrollmentTransactionReference: 'x'.repeat(37),
      successUrl: 'http://example.com/ok',
      errorUrl: 'https://example.com:8443/err',
      locale: 'xx',
      tokenLifetimeInMinutes: 3,
    });
    expect(errors.map((e) => e.field)).toEqual(['enrollmentTransactionReference', 'successUrl', 'errorUrl', 'locale', 'tokenLifetimeInMinutes']);
    expect(validateLegacyAuthInitiate({ ...ok, callbackUrl: 'https://e.com/cb?transactionReference=1' })[0].message).toMatch(/transactionReference/);
    expect(validateLegacyAuthInitiate('nope')[0].field).toBe('body');
  });
  it('§5.10 #6: a successUrl of 256–2047 characters is valid legacy but does not fit KYX', () => {
    const successUrl = `https://example.com/${'a'.repeat(300)}`;
    expect(validateLegacyAuthInitiate({ ...ok, successUrl })).toEqual([]);
    expect(kyxFitErrors({ ...ok, successUrl })).toEqual([{ field: 'successUrl', message: expect.stringMatching(/at most 255/) }]);
  });
  it('validates the v4 initiate', () => {
    expect(validateLegacyV4Initiate({ customerInternalReference: 'a', userReference: 'b', workflowId: 200 })).toEqual([]);
    expect(validateLegacyV4Initiate({ customerInternalReference: 'a', workflowId: 7, presets: [{ index: 2 }] }).map((e) => e.field)).toEqual([
      'userReference', 'workflowId', 'presets[0]',
    ]);
  });
});

describe('KYX validation (what the emulator enforces)', () => {
  const good = { customerInternalReference: 'c', workflowDefinition: { key: 9 } };
  it('accepts a minimal body; userConsent optional (decision §5.10 #5) but checked when present', () => {
    expect(validateKyxAccountRequest(good)).toEqual([]);
    expect(validateKyxAccountRequest({ ...good, userConsent: { userIp: '1.2.3.4' } })[0].field).toBe('userConsent');
    expect(validateKyxAccountRequest({ ...good, userConsent: { userIp: '1.2.3.4', userLocation: { country: 'AUT' } } })).toEqual([]);
  });
  it('names each bad field', () => {
    const errors = validateKyxAccountRequest({
      workflowDefinition: { key: 4 },
      tokenLifetime: '90',
      web: { successUrl: 'x'.repeat(256), locale: 'sw' },
      callbackUrl: 'y'.repeat(256),
    });
    expect(errors.map((e) => e.field)).toEqual([
      'customerInternalReference', 'callbackUrl', 'workflowDefinition.key', 'tokenLifetime', 'web.successUrl', 'web.locale',
    ]);
  });
});

describe('callback (§5.7, §5.8, §5.10 #7)', () => {
  it('derives the legacy transactionResult from status and decision', () => {
    expect(legacyTransactionResult('PROCESSED', 'PASSED')).toBe('PASSED');
    expect(legacyTransactionResult('PROCESSED', 'REJECTED')).toBe('FAILED');
    expect(legacyTransactionResult('PROCESSED', 'NOT_EXECUTED')).toBe('INVALID');
    expect(legacyTransactionResult('TOKEN_EXPIRED', undefined)).toBe('EXPIRED');
    expect(legacyTransactionResult('SESSION_EXPIRED', undefined)).toBe('EXPIRED');
    expect(legacyTransactionResult('INITIATED', undefined)).toBe('CREATED');
  });
  it('marks the fields that cannot be rebuilt from Jumio data', () => {
    expect(AUTH_CALLBACK_FIELDS.filter((f) => f.certainty === 'lost').map((f) => f.legacy)).toEqual(['enrollmentTransactionReference', 'scanSource']);
  });
  it('rebuilds a legacy form callback from details plus the stored enrollment reference', () => {
    const details: KyxWorkflowDetails = {
      createdAt: '2026-01-01T00:00:00.000Z',
      account: { id: 'acc' },
      workflow: { id: 'wf', status: 'PROCESSED', definitionKey: '9', userReference: 'u1' },
      credentials: [{ id: 's', category: 'SELFIE', parts: [{ classifier: 'FACE', href: 'https://r/face' }] }],
      capabilities: { authentication: [{ id: 'c', credentials: [], decision: { type: 'REJECTED', details: { label: 'FAILED' } } }] },
    };
    const cb = toLegacyAuthCallback(details, { enrollmentTransactionReference: 'enr', callbackDate: new Date('2026-01-02T00:00:00Z') });
    expect(cb).toEqual({
      callbackDate: '2026-01-02T00:00:00.000Z', transactionReference: 'wf', enrollmentTransactionReference: 'enr',
      transactionResult: 'FAILED', transactionDate: '2026-01-01T00:00:00.000Z', scanSource: 'WEB',
      callBackType: 'NETVERIFY_AUTHENTICATION', idScanImageFace: 'https://r/face', userReference: 'u1',
    });
    const form = new URLSearchParams(encodeLegacyCallback(cb));
    expect(form.get('callBackType')).toBe('NETVERIFY_AUTHENTICATION');
    expect(form.get('transactionResult')).toBe('FAILED');
  });
});
