// Regions of both platforms. Legacy data centres US / EU / SGP map one-to-one to KYX amer-1 / emea-1 / apac-1.

export const KYX_REGIONS = ['amer-1', 'emea-1', 'apac-1'] as const;
export type KyxRegion = (typeof KYX_REGIONS)[number];

export const LEGACY_DATA_CENTERS = ['US', 'EU', 'SGP'] as const;
export type LegacyDataCenter = (typeof LEGACY_DATA_CENTERS)[number];

export const REGION_BY_DATA_CENTER: Readonly<Record<LegacyDataCenter, KyxRegion>> = {
  US: 'amer-1',
  EU: 'emea-1',
  SGP: 'apac-1',
};

/** Region labels found in customer code (`US`, `eu`, `SG`, `SGP`, `apac`…) → KYX region. Undefined when unknown. */
export function regionFromLabel(label: string): KyxRegion | undefined {
  const l = label.trim().toLowerCase();
  if ((KYX_REGIONS as readonly string[]).includes(l)) return l as KyxRegion;
  if (['us', 'usa', 'amer', 'america', 'americas', 'na'].includes(l)) return 'amer-1';
  if (['eu', 'europe', 'emea', 'lon', 'london', 'uk'].includes(l)) return 'emea-1';
  if (['sg', 'sgp', 'apac', 'asia', 'singapore'].includes(l)) return 'apac-1';
  return undefined;
}

export function isKyxRegion(value: string): value is KyxRegion {
  return (KYX_REGIONS as readonly string[]).includes(value);
}
