// An rxjs service: the initiate promise wrapped with from() and piped; the method returns an Observable (US).
import { from, map, switchMap, type Observable } from 'rxjs';

const BASIC = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export class FaceLoginStream {
  start(enrollment: string, userId: string): Observable<string> {
    return from(
      fetch('https://netverify.com/api/authentication/v1/web/initiate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: BASIC, 'User-Agent': 'Acme TV/1.0' },
        body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }),
      }),
    ).pipe(
      switchMap((res) => res.json() as Promise<{ redirectUrl: string }>),
      map((body) => body.redirectUrl),
    );
  }
}
