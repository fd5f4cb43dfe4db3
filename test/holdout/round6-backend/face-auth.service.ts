export class FaceAuthService {
  async complete(reference: string, result: string, liveness?: string): Promise<void> {
    console.log(reference, result, liveness);
  }
}
