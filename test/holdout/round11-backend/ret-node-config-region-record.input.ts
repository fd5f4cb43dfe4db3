// The retrieval host chosen from a Record keyed by the region in node-config; fetch (every region).
import config from 'config';

type Region = 'US' | 'EU' | 'SG';

const RETRIEVAL_BASE: Record<Region, string> = {
  US: 'https://netverify.com/api/netverify/v2/authentications',
  EU: 'https://lon.netverify.com/api/netverify/v2/authentications',
  SG: 'https://core-sgp.jumio.com/api/netverify/v2/authentications',
};

export async function faceLoginUser(reference: string): Promise<string | undefined> {
  const region = config.get<Region>('jumio.region');
  const res = await fetch(`${RETRIEVAL_BASE[region]}/${reference}`, {
    headers: { Accept: 'application/json', Authorization: `Basic ${config.get<string>('jumio.basicAuth')}` },
  });
  if (!res.ok) throw new Error(`retrieval ${res.status}`);
  const details = (await res.json()) as { userReference?: string; transactionReference: string };
  return details.userReference;
}
