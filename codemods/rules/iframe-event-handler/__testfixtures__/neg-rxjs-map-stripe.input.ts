import { fromEvent } from 'rxjs';
import { filter, map } from 'rxjs/operators';

// A payment frame's messages parsed in a map: the origin check names another host, so nothing is Jumio here.
fromEvent<MessageEvent>(window, 'message')
  .pipe(
    filter((e) => e.origin === 'https://js.stripe.com'),
    map((e) => JSON.parse(e.data)),
  )
  .subscribe((data) => {
    if (data.payload.value === 'success') console.log(data.transactionReference, data.eventType, data.dateTime);
  });
