export declare function recordFaceAuth(r: { ref?: string; enrollment?: string; passed: boolean; source?: string }): Promise<void>;
