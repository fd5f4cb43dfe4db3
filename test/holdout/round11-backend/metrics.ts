// The customer's metrics client (a stand-in).
export const metrics = {
  event(name: string, label: string): void {
    void name;
    void label;
  },
  timing(name: string, ms: number): void {
    void name;
    void ms;
  },
};
