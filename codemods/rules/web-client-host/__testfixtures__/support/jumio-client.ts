export class JumioClient {
  static setVars?: unknown;
  constructor(readonly options: unknown) {}
}
