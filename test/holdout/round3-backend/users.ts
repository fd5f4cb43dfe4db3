export interface User { id: string; email: string; jumioEnrollmentRef?: string; country?: string }
export declare function findUser(id: string): Promise<User | undefined>;
