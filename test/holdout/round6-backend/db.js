module.exports = { async query(sql, params) { return { sql, params }; } };
