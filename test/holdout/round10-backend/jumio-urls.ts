// URL builders shared by the Jumio services (one module, so the data-centre hosts live in one place).
export type DataCentre = 'US' | 'EU' | 'SGP';

export function authInitiateUrl(dc: DataCentre): string {
  switch (dc) {
    case 'EU':
      return 'https://lon.netverify.com/api/authentication/v1/web/initiate';
    case 'SGP':
      return 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
    default:
      return 'https://netverify.com/api/authentication/v1/web/initiate';
  }
}

export const v4InitiateUrl = (dc: DataCentre) =>
  `${dc === 'EU' ? 'https://lon.netverify.com' : dc === 'SGP' ? 'https://core-sgp.jumio.com' : 'https://netverify.com'}/api/v4/initiate`;

export const authenticationUrl = (reference: string) => `https://lon.netverify.com/api/netverify/v2/authentications/${reference}`;
