export declare function saveStepUp(audit: { reference: string; at: string }): Promise<void>;
