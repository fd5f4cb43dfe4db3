'use strict';
// Connections shared by the CommonJS services of this corpus (a stand-in for the customers' db module).
const { Sequelize } = require('sequelize');
const knex = require('knex');

const sequelize = new Sequelize(process.env.DATABASE_URL || 'postgres://localhost/app', { logging: false });
const db = knex({ client: 'pg', connection: process.env.DATABASE_URL || 'postgres://localhost/app', pool: { min: 0, max: 10 } });

module.exports = { sequelize, db };
