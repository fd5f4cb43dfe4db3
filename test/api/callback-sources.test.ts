import { describe, expect, it } from 'vitest';
import {
  KYX_CALLBACK_SOURCES,
  KYX_CALLBACK_STATUSES,
  LEGACY_CALLBACK_SOURCE_VALUES,
  LEGACY_CALLBACK_SOURCES,
} from '../../api/callback-sources.js';
import { KYX_REGIONS } from '../../api/regions.js';

describe('callback sources', () => {
  it('covers every region on both platforms', () => {
    for (const r of KYX_REGIONS) {
      expect(LEGACY_CALLBACK_SOURCES[r].ips.length).toBeGreaterThan(0);
      expect(KYX_CALLBACK_SOURCES[r].hostname).toBe(`callback.${r}.jumio.ai`);
    }
  });
  it('pins the documented changes (US IPs replaced, SGP IPs added)', () => {
    expect(LEGACY_CALLBACK_SOURCES['amer-1'].ips).toContain('54.67.101.173');
    expect(KYX_CALLBACK_SOURCES['amer-1'].ips).not.toContain('54.67.101.173');
    expect(KYX_CALLBACK_SOURCES['amer-1'].ips).toContain('54.183.15.212');
    expect(KYX_CALLBACK_SOURCES['apac-1'].ips).toEqual(expect.arrayContaining(['3.0.109.121', '52.64.132.26']));
    expect(LEGACY_CALLBACK_SOURCE_VALUES).toContain('callback.lon.jumio.com');
    expect(LEGACY_CALLBACK_SOURCE_VALUES).toContain('52.209.180.134');
  });
  it('lists the callback statuses', () => {
    expect(KYX_CALLBACK_STATUSES).toEqual(['PROCESSED', 'SESSION_EXPIRED', 'TOKEN_EXPIRED']);
  });
});
