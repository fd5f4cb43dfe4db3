// The insurer's own KYX OAuth2 token cache (a support module of the KYX lookalike; never an input).
export declare function kyxBearer(region: 'amer-1' | 'emea-1' | 'apac-1'): Promise<string>;
