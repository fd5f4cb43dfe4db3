// Nordlys Finans' own KYX OAuth2 client-credentials token, cached per process (a stand-in for the customer's own
// module).
export declare function nordlysKyxToken(): Promise<string>;
