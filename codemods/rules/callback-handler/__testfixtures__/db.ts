// Support file for next-app-router.input.ts.
export const db = { authentication: { update: async (_: unknown) => undefined } };
