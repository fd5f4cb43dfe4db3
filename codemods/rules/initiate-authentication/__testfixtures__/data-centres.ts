// Support module of the fixture enum-imported-data-centre: the data centres as a TypeScript enum.
export enum DataCentre {
  US = 'https://netverify.com',
  EU = 'https://lon.netverify.com',
}
