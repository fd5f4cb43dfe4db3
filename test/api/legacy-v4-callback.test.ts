import { describe, expect, it } from 'vitest';
import { isApprovedEnrollment, LEGACY_V4_CALLBACK } from '../../api/index.js';

describe('legacy v4 callback', () => {
  it('names the fields as the legacy callback spells them', () => {
    expect(LEGACY_V4_CALLBACK.callBackType).toBe('callBackType');
    expect(LEGACY_V4_CALLBACK.jumioIdScanReference).toBe('jumioIdScanReference');
  });
  it('an enrolment is usable for Authentication only when approved with similarity MATCH and validity TRUE', () => {
    const ok = { verificationStatus: 'APPROVED_VERIFIED' as const, identityVerification: JSON.stringify({ similarity: 'MATCH', validity: 'TRUE' }) };
    expect(isApprovedEnrollment(ok)).toBe(true);
    expect(isApprovedEnrollment({ ...ok, identityVerification: JSON.stringify({ similarity: 'MATCH', validity: true }) })).toBe(true);
    expect(isApprovedEnrollment({ ...ok, verificationStatus: 'DENIED_FRAUD' })).toBe(false);
    expect(isApprovedEnrollment({ ...ok, identityVerification: JSON.stringify({ similarity: 'NO_MATCH', validity: 'TRUE' }) })).toBe(false);
    expect(isApprovedEnrollment({ ...ok, identityVerification: undefined })).toBe(false);
    expect(isApprovedEnrollment({ ...ok, identityVerification: '{' })).toBe(false);
  });
});
