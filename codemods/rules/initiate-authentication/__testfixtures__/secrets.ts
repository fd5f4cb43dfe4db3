export declare function getSecret(name: string): Promise<{ token: string; secret: string }>;
