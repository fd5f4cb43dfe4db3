// The identity feature's public surface: main.ts and the settings page import from here, never from the files
// inside the feature.
export * from './41-lookalike-identity.messages.kyx';

export interface IdentitySession {
  frameUrl: string;
  expiresAt: string;
}

/**
 * Hosts the identity frame loads from. main.ts adds a <link rel="preconnect"> for each before opening the frame,
 * which saves a second or so on slow connections.
 */
export const IDENTITY_PRECONNECT_ORIGINS = [
  'https://mercato.web.amer-1.jumio.ai',
  'https://mercato.web.emea-1.jumio.ai',
];

/** Asks our back end for a fresh identity session (it creates the KYX workflow execution). */
export async function startIdentitySession(signal?: AbortSignal): Promise<IdentitySession> {
  const res = await fetch('/api/onboarding/identity-sessions', {
    method: 'POST',
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
    signal,
  });
  if (!res.ok) {
    throw new Error(`identity session failed: HTTP ${res.status}`);
  }
  return (await res.json()) as IdentitySession;
}
