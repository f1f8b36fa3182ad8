'use strict';
// `require('archiver')` from exceljs's streaming WorkbookWriter, in the browser build
// (vite.config.ts) and the bench: archiver is a function, so the TypeScript module's named
// export is handed over as module.exports.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose (see above)
const { zipArchiver } = require('./zip-archiver.ts');

module.exports = zipArchiver;
