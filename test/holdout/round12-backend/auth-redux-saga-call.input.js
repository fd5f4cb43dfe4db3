// redux-saga on the server (a worker saga): axios.post handed to call() by reference, the URL a literal argument (US).
import axios from 'axios';
import { call, put, takeLatest } from 'redux-saga/effects';

function* startFaceLogin(action) {
  const { enrollment, userId } = action.payload;
  const response = yield call(axios.post, 'https://netverify.com/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: enrollment,
    userReference: userId,
  }, {
    auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
  });
  yield put({ type: 'faceLogin/started', url: response.data.redirectUrl, reference: response.data.transactionReference });
}

export function* faceLoginSaga() {
  yield takeLatest('faceLogin/start', startFaceLogin);
}
