// The insurer's own KYX OAuth2 client-credentials token, cached per process (a stand-in for the customer's own
// module).
export declare function greatLakesKyxToken(): Promise<string>;
