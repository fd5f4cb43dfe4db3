// A stand-in for the Shopify app's own `app/shopify.server.ts` (`shopifyApp({ … })` of @shopify/shopify-app-remix),
// trimmed to what the corpus uses; never an input.
export interface AdminApiContext {
  graphql(query: string, options?: { variables?: Record<string, unknown> }): Promise<Response>;
}

export interface AdminSession {
  shop: string;
  accessToken?: string;
}

export const authenticate = {
  async admin(request: Request): Promise<{ admin: AdminApiContext; session: AdminSession }> {
    throw new Error(`stand-in: ${request.url}`);
  },
};
