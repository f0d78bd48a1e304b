// Builds the add-in's doors into dist/: the task pane (taskpane.html, which is also the ribbon's
// function file and the shared runtime that hosts the LOADLINE functions), the ribbon's error
// dialog (dialog.html), the functions' code (functions.js) and metadata (functions.json), the
// manifest with the real URL, the icons and the sample workbook.
//
//   npm run build                       production build for https://localhost:3000/
//   ADDIN_URL=https://host/ npm run build   the same for where the files will be served
'use strict';

const path = require('path');
const zlib = require('zlib');
const fs = require('fs');
const { Compilation, WebpackError } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { addinBaseUrl, substituteAddinUrl } = require('./scripts/manifest-url');

/** What Excel downloads before the pane works (initial JS + CSS per entry), gzipped. */
const IN_EXCEL_BUDGET_BYTES = 150 * 1024;

const SAMPLE_WORKBOOK = path.resolve(__dirname, 'examples/sample.xlsx');

/** The LOADLINE functions: their JSDoc is the metadata (functions.json), as in Microsoft's templates. */
const FUNCTIONS_SOURCE = './src/adapters/office/functions/functions.ts';

/**
 * Fails the build when an entry's initial files (everything loaded inside Excel, before any
 * dynamic import) exceed the budget gzipped. ExcelJS must stay in its own lazy chunk, which is
 * fetched only in standalone mode; this check is what notices when a static import drags it in.
 */
class InExcelBudgetPlugin {
  constructor(entries, budgetBytes) {
    this.entries = entries;
    this.budgetBytes = budgetBytes;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InExcelBudgetPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'InExcelBudgetPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE },
        () => {
          for (const name of this.entries) {
            const entrypoint = compilation.entrypoints.get(name);
            if (!entrypoint) continue;
            const files = entrypoint.getFiles().filter((file) => !file.endsWith('.map'));
            let gzipped = 0;
            for (const file of files) {
              const asset = compilation.getAsset(file);
              if (asset) gzipped += zlib.gzipSync(asset.source.buffer(), { level: 9 }).length;
            }
            const kb = (gzipped / 1024).toFixed(1);
            console.log(`[budget] ${name}: ${kb} KB gzipped in Excel (${files.join(', ')}); budget ${this.budgetBytes / 1024} KB`);
            if (gzipped > this.budgetBytes) {
              compilation.errors.push(new WebpackError(
                `${name} loads ${kb} KB gzipped inside Excel, over the ${this.budgetBytes / 1024} KB budget. ` +
                'Is something large (ExcelJS?) imported statically instead of through a dynamic import()?',
              ));
            }
          }
        },
      );
    });
  }
}

module.exports = (_env, argv) => {
  const production = (argv && argv.mode) !== 'development';
  const baseUrl = addinBaseUrl(process.env);
  return {
    mode: production ? 'production' : 'development',
    // Separate .map files: eval-based source maps would need 'unsafe-eval' in the page's CSP.
    devtool: 'source-map',
    target: 'web',
    entry: {
      taskpane: './src/taskpane/taskpane.ts',
      dialog: './src/taskpane/dialog.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      // The functions' chunk keeps a fixed name: the manifest's Functions.Script.Url names it.
      chunkFilename: (pathData) => (pathData.chunk && pathData.chunk.name === 'functions' ? 'functions.js' : '[name].[contenthash:8].js'),
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.js'],
      // The xlsx adapter also serves the CLI; Node built-ins it may touch are absent in the browser.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            // Type checking is `npm run typecheck`; the build only strips types.
            transpileOnly: true,
            // ES modules so webpack sees import() and splits ExcelJS into a lazy chunk
            // (tsconfig's CommonJS would turn it into a require() inside the main bundle).
            compilerOptions: { module: 'es2020', sourceMap: true },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        inject: 'head',
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'dialog.html',
        template: './src/taskpane/dialog.html',
        chunks: ['dialog'],
        inject: 'head',
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => substituteAddinUrl(content.toString('utf8'), baseUrl),
          },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          // The sample is generated by `npm run sample`; a build without it still works (the
          // pane then says the sample is missing).
          ...(fs.existsSync(SAMPLE_WORKBOOK) ? [{ from: SAMPLE_WORKBOOK, to: 'sample.xlsx' }] : []),
        ],
      }),
      // Writes functions.json from the JSDoc of FUNCTIONS_SOURCE and appends its
      // CustomFunctions.associate calls; the manifest's Functions.Metadata.Url names the file.
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
      new InExcelBudgetPlugin(['taskpane', 'dialog'], IN_EXCEL_BUDGET_BYTES),
    ],
    // The lazy ExcelJS chunk is large by design; InExcelBudgetPlugin budgets what matters.
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};
