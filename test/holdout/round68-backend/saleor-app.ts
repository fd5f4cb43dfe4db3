// A stand-in for the Saleor app's own `saleor-app.ts` (`new SaleorApp({ apl })` of @saleor/app-sdk), trimmed to what
// the corpus uses; never an input.
export const saleorApp = {
  apl: {} as unknown,
};
