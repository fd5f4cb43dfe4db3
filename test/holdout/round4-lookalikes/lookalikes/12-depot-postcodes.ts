// Which depot delivers a postcode in the north-east region (4-digit postcodes, see the carrier's zone sheet).
const DEPOT_BY_POSTCODE: Record<number, 'north' | 'coast' | 'east'> = {
  9100: 'north',
  9200: 'north',
  9210: 'north',
  9300: 'coast',
  9400: 'coast',
  9800: 'east',
  9836: 'east',
};

export function depotFor(postcode: number): 'north' | 'coast' | 'east' | undefined {
  return DEPOT_BY_POSTCODE[postcode];
}
