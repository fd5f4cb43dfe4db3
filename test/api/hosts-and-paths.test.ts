import { describe, expect, it } from 'vitest';
import {
  classifyLegacyHost,
  classifyLegacyUrl,
  dataCentreWebClient,
  isJumioHost,
  isKyxHost,
  kyxAccountsUrl,
  kyxHost,
  kyxTokenUrl,
  kyxWebClientHost,
  kyxWorkflowExecutionPath,
  regionFromLabel,
  regionOfLegacyHost,
} from '../../api/index.js';

describe('legacy hosts → KYX regions', () => {
  it.each([
    ['netverify.com', 'amer-1'],
    ['www.netverify.com', 'amer-1'],
    ['NETVERIFY.COM.', 'amer-1'],
    ['lon.netverify.com', 'emea-1'],
    ['core-sgp.jumio.com', 'apac-1'],
    ['retrieval.netverify.com', 'amer-1'],
    ['upload.lon.netverify.com', 'emea-1'],
    ['acquisition.core-sgp.jumio.com', 'apac-1'],
  ])('%s → %s', (host, region) => {
    expect(regionOfLegacyHost(host)).toBe(region);
  });

  it('recognises white-label web clients without guessing their region (EU/SG web hosts are not stated)', () => {
    expect(classifyLegacyHost('acme.netverify.com')).toEqual({ host: 'acme.netverify.com', kind: 'web-client', region: undefined, prefix: 'acme' });
    expect(classifyLegacyHost('-bad.netverify.com')).toBeUndefined();
  });

  it('reads the region of a white-label web client under a data centre host, and nothing else', () => {
    expect(dataCentreWebClient('acme.lon.netverify.com')).toEqual({ prefix: 'acme', region: 'emea-1' });
    expect(dataCentreWebClient('Acme.LON.netverify.com.')).toEqual({ prefix: 'acme', region: 'emea-1' });
    // a service of the data centre, the plain white-label host, the data centre itself, an unknown centre
    for (const h of ['upload.lon.netverify.com', 'retrieval.lon.netverify.com', 'acme.netverify.com', 'lon.netverify.com', 'acme.xyz.netverify.com', 'acme.core-sgp.jumio.com', '-x.lon.netverify.com']) {
      expect(dataCentreWebClient(h), h).toBeUndefined();
    }
  });

  it('rejects wrong hosts seen in AI-style code and lookalikes', () => {
    for (const h of ['netverify.eu', 'api.jumio.com', 'netverify.com.evil.io', 'example.com', 'jumio.ai']) {
      expect(classifyLegacyHost(h)).toBeUndefined();
    }
    expect(classifyLegacyHost('core-sgp.netverify.com')?.kind).toBe('web-client'); // a prefix, not the SG API host
  });

  it('maps region labels used in customer code', () => {
    expect(regionFromLabel('US')).toBe('amer-1');
    expect(regionFromLabel('eu')).toBe('emea-1');
    expect(regionFromLabel('SGP')).toBe('apac-1');
    expect(regionFromLabel('SG')).toBe('apac-1');
    expect(regionFromLabel('mars')).toBeUndefined();
  });

  it('builds KYX hosts and URLs per region', () => {
    expect(kyxHost('account', 'emea-1')).toBe('account.emea-1.jumio.ai');
    expect(kyxTokenUrl('apac-1')).toBe('https://auth.apac-1.jumio.ai/oauth2/token');
    expect(kyxAccountsUrl('amer-1')).toBe('https://account.amer-1.jumio.ai/api/v1/accounts');
    expect(kyxWebClientHost('acme', 'emea-1')).toBe('acme.web.emea-1.jumio.ai');
    expect(kyxWorkflowExecutionPath('a', 'w')).toBe('/api/v1/accounts/a/workflow-executions/w');
    expect(isKyxHost('account.emea-1.jumio.ai')).toBe(true);
    expect(isKyxHost('lon.netverify.com')).toBe(false);
  });

  it('tells Jumio\'s own hosts from lookalikes', () => {
    for (const h of ['netverify.com', 'lon.netverify.com', 'acme.netverify.com', 'core-sgp.jumio.com', 'jumio.com', 'x.web.emea-1.jumio.ai', 'JUMIO.AI.', 'netverify.com:443'])
      expect(isJumioHost(h), h).toBe(true);
    for (const h of ['notjumio.com', 'jumio.com.evil.example', 'netverify.eu', 'pay.example', 'jumio.ai-pay.example'])
      expect(isJumioHost(h), h).toBe(false);
  });
});

describe('legacy URL recognition needs host AND path', () => {
  it('recognises both authentication initiate paths and the v4 initiate', () => {
    expect(classifyLegacyUrl('https://lon.netverify.com/api/authentication/v1/web/initiate')?.route).toBe('auth-initiate');
    expect(classifyLegacyUrl('https://netverify.com/api/auth/v1/initiate')?.route).toBe('auth-initiate');
    expect(classifyLegacyUrl('https://core-sgp.jumio.com/api/v4/initiate/')?.route).toBe('v4-initiate');
  });

  it('extracts the reference of an authentication retrieval', () => {
    const info = classifyLegacyUrl('https://netverify.com/api/netverify/v2/authentications/abc-123/images/face');
    expect(info).toMatchObject({ route: 'auth-retrieval', reference: 'abc-123', rest: 'images/face' });
  });

  it('never matches a legacy path on a foreign host, nor a legacy host with a foreign path', () => {
    expect(classifyLegacyUrl('https://api.razorpay.com/v1/web/initiate')).toBeUndefined();
    expect(classifyLegacyUrl('https://k8s.example.com/apis/api/authentication/v1/tokenreviews')).toBeUndefined();
    expect(classifyLegacyUrl('https://example.com/api/v4/initiate')).toBeUndefined();
    expect(classifyLegacyUrl('https://netverify.com/pricing')).toBeUndefined();
    expect(classifyLegacyUrl('not a url')).toBeUndefined();
  });

  it('only accepts the web-client path on a white-label host', () => {
    expect(classifyLegacyUrl('https://acme.netverify.com/web/v4/app?authorizationToken=x')?.route).toBe('web-client');
    expect(classifyLegacyUrl('https://acme.netverify.com/api/v4/initiate')).toBeUndefined();
    expect(classifyLegacyUrl('https://resources.netverify.com/widget/jumio-verify/2.0/iframe-script.js')?.route).toBe('widget-script');
  });
});
