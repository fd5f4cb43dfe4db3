// Saltmarsh Remit's own KYX OAuth2 client-credentials token, cached per process and region (a stand-in for the
// customer's own module; never an input).
export declare function saltmarshKyxToken(region: 'amer-1' | 'emea-1' | 'apac-1'): Promise<string>;
