// The raw window message stream kept in a variable, piped and subscribed once further down.
import { fromEvent } from 'rxjs';
import { filter, map } from 'rxjs/operators';

const messages$ = fromEvent<MessageEvent>(window, 'message');

messages$
  .pipe(
    filter((e) => e.origin.endsWith('.netverify.com')),
    map((e) => JSON.parse(e.data)),
  )
  .subscribe((data) => {
    if (data.payload.value === 'success') sessionStorage.setItem('kycRef', data.transactionReference);
  });
