// Checkout of the marketplace (Redux + redux-saga). Monnify's hosted checkout runs in an iframe on the order page and
// posts its progress to the page; a saga turns those messages into checkout actions through an eventChannel, takes
// from it in a loop, puts each action to the store and settles the order with our API once the payment is made. The
// channel closes itself (END) after a payment or a cancellation, and leaving the page races it.
import { END, buffers, eventChannel, type EventChannel, type SagaIterator } from 'redux-saga';
import { call, cancelled, put, race, take } from 'redux-saga/effects';
import { checkoutActions, type CheckoutAction } from './checkoutSlice';
import { ordersApi } from '../api/orders';

const CHECKOUT_ORIGIN = /^https:\/\/sdk\.monnify\.com$/;

interface CheckoutFrameMessage {
  transactionReference: string;
  paymentReference: string;
  amountPaid: number;
  payload: {
    value: 'opened' | 'paid' | 'cancelled';
    metainfo?: { code: number };
  };
}

function checkoutFrameChannel(): EventChannel<CheckoutAction> {
  return eventChannel<CheckoutAction>((emit) => {
    const handler = (event: MessageEvent<string>) => {
      if (!CHECKOUT_ORIGIN.test(event.origin)) return;
      let message: CheckoutFrameMessage;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      switch (message.payload.value) {
        case 'opened':
          emit(checkoutActions.frameOpened());
          break;
        case 'paid':
          emit(checkoutActions.paid({ reference: message.transactionReference, paymentReference: message.paymentReference, amount: message.amountPaid }));
          emit(END);
          break;
        case 'cancelled':
          emit(checkoutActions.cancelled({ reference: message.transactionReference, code: message.payload.metainfo?.code ?? null }));
          emit(END);
          break;
      }
    };
    window.addEventListener('message', handler);
    return () => window.removeEventListener('message', handler);
  }, buffers.sliding<CheckoutAction>(4));
}

function* settleOrder(reference: string): SagaIterator {
  try {
    const order = yield call([ordersApi, ordersApi.settle], reference);
    yield put(checkoutActions.settled({ reference, orderId: order.id }));
  } catch (error) {
    yield put(checkoutActions.settlementFailed(String(error)));
  }
}

export function* checkoutFrameSaga(): SagaIterator {
  const channel: EventChannel<CheckoutAction> = yield call(checkoutFrameChannel);
  try {
    while (true) {
      const { action, leave } = yield race({
        action: take(channel),
        leave: take(checkoutActions.pageLeft.type),
      });
      if (leave) break;
      yield put(action);
      if (checkoutActions.paid.match(action)) {
        yield call(settleOrder, action.payload.reference);
      }
    }
  } finally {
    if (yield cancelled()) yield put(checkoutActions.pageLeft());
    channel.close();
  }
}
