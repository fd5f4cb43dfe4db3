import axios from 'axios';

// A browser Redux thunk calling Jumio directly with credentials from REACT_APP_ variables.
export const startFaceAuth = (enrollmentTransactionReference) => async (dispatch) => {
  const auth = window.btoa(`${process.env.REACT_APP_JUMIO_TOKEN}:${process.env.REACT_APP_JUMIO_SECRET}`);
  const res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference }, {
    headers: { Authorization: `Basic ${auth}` },
  });
  dispatch({ type: 'JUMIO_URL', url: res.data.redirectUrl });
};
