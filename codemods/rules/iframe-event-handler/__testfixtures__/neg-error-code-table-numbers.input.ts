// Tables whose numbers fall on Jumio's error codes (9100–9836) without being Jumio's: nothing says they are.

// Reason codes of the Acme Bank business API (section 7.3, "Payment rejections").
export const BANK_REJECTION_REASONS: Record<number, string> = {
  9100: 'Beneficiary account closed',
  9200: 'Beneficiary name mismatch',
  9210: 'Beneficiary bank does not accept instant transfers',
  9300: 'Daily limit exceeded',
  9836: 'Cut-off time passed, resubmit on the next business day',
};

// Which depot delivers a postcode.
const DEPOT_BY_POSTCODE = { 9100: 'north', 9200: 'north', 9400: 'coast', 9800: 'east', 9836: 'east' };
export const depotFor = (postcode: number) => DEPOT_BY_POSTCODE[postcode as keyof typeof DEPOT_BY_POSTCODE];

export function serviceForPort(port: number): string {
  switch (port) {
    case 9100: return 'JetDirect printer';
    case 9200: return 'Elasticsearch HTTP';
    case 9300: return 'Elasticsearch transport';
    case 9836: return 'Build cache';
    default: return 'unknown';
  }
}

// Steps per day, Monday first.
export const STEPS = [9100, 9836, 9210, 9400, 9800, 12031, 4120];
