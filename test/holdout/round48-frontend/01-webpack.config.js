// webpack 5 build of the Moorfield member app (React 18; ejected from Create React App in 2021).
//
// Settings that differ per deployment are compiled into the bundle with DefinePlugin, so the app makes no runtime
// config request before it can render:
//   __API_BASE__               base of the BFF's API
//   __IDENTITY_FRAME_ORIGIN__  the origin the Netverify web client posts its events from (our white-label host);
//                              IdentityCheck.jsx drops every message from any other origin
//   __IDENTITY_FRAME_ALLOW__   the permissions of the identity check's iframe (the web client needs the camera)
//   __RELEASE__                the commit, for Sentry
// DEPLOY_ENV picks the column; CI builds `sandbox` and `production` from the same commit.
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');

const DEPLOYMENTS = {
  production: {
    apiBase: '/api',
    identityFrameOrigin: 'https://moorfield.netverify.com',
  },
  sandbox: {
    apiBase: 'https://sandbox-api.moorfield.example/api',
    identityFrameOrigin: 'https://moorfield-sandbox.netverify.com',
  },
};

module.exports = (env, argv) => {
  const deployEnv = process.env.DEPLOY_ENV || 'sandbox';
  const deployment = DEPLOYMENTS[deployEnv];
  if (!deployment) {
    throw new Error(`Unknown DEPLOY_ENV "${deployEnv}" (expected one of: ${Object.keys(DEPLOYMENTS).join(', ')})`);
  }
  const isProd = argv.mode === 'production';

  return {
    entry: { main: './src/index.jsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: isProd ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
      publicPath: '/',
      clean: true,
    },
    resolve: { extensions: ['.js', '.jsx'] },
    module: {
      rules: [
        { test: /\.jsx?$/, exclude: /node_modules/, use: 'babel-loader' },
        { test: /\.css$/, use: [isProd ? MiniCssExtractPlugin.loader : 'style-loader', 'css-loader'] },
        { test: /\.(png|svg|woff2?)$/, type: 'asset' },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({
        __API_BASE__: JSON.stringify(deployment.apiBase),
        __IDENTITY_FRAME_ORIGIN__: JSON.stringify(deployment.identityFrameOrigin),
        __IDENTITY_FRAME_ALLOW__: JSON.stringify('camera;fullscreen'),
        __RELEASE__: JSON.stringify(process.env.GITHUB_SHA || 'local'),
      }),
      new HtmlWebpackPlugin({ template: './public/index.html', favicon: './public/favicon.ico' }),
      isProd && new MiniCssExtractPlugin({ filename: 'css/[name].[contenthash:8].css' }),
    ].filter(Boolean),
    devtool: isProd ? 'hidden-source-map' : 'eval-cheap-module-source-map',
    devServer: {
      port: 3000,
      historyApiFallback: true,
      proxy: [{ context: ['/api'], target: 'http://localhost:8080' }],
    },
    performance: { hints: isProd ? 'warning' : false },
  };
};
