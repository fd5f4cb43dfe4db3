// Support module of the fixture enum-and-path-imports: a data-centre enum and the retrieval path.
export enum JumioDataCentre {
  US = 'https://netverify.com',
  EU = 'https://lon.netverify.com',
}

export const RETRIEVAL_PATH = '/api/netverify/v2/authentications';
