import { dispatch } from '../../shared/http/dispatch.ts';
import * as openImport from './open-import.ts';
import * as listImports from './list-imports.ts';
import * as getImport from './get-import.ts';
import * as importBatch from './import-batch.ts';
import * as completeImport from './complete-import.ts';
import * as listImportErrors from './list-import-errors.ts';
import * as importErrorsCsv from './import-errors-csv.ts';
import * as importTemplate from './import-template.ts';
import * as exportCustomers from './export-customers.ts';

export const handler = dispatch([
  openImport,
  listImports,
  getImport,
  importBatch,
  completeImport,
  listImportErrors,
  importErrorsCsv,
  importTemplate,
  exportCustomers,
]);
