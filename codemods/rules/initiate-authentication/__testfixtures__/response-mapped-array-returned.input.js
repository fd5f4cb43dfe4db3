// The array of answers a batch settles with is returned whole from an exported function: its elements leave here
// (item), nothing after it is followed.
const axios = require('axios');

exports.startAll = function startAll(enrollments) {
  return Promise.all(enrollments.map((enrollment) => axios.post('https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollment },
    { auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET } })));
};
