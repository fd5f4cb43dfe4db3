// A secret manager client, declared for the fixtures that read credentials from it.
export declare const vault: { getSecret(name: string): Promise<{ value: string }> };
