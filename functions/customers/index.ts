import { dispatch } from '../../shared/http/dispatch.ts';
import * as createCustomer from './create-customer.ts';
import * as customerAction from './customer-action.ts';
import * as customerTimeline from './customer-timeline.ts';
import * as getCustomer from './get-customer.ts';
import * as getMeter from './get-meter.ts';
import * as installMeter from './install-meter.ts';
import * as listCustomers from './list-customers.ts';
import * as listReveals from './list-reveals.ts';
import * as recordIcCardPurchase from './record-ic-card-purchase.ts';
import * as replaceMeter from './replace-meter.ts';
import * as revealCustomer from './reveal-customer.ts';
import * as updateCustomer from './update-customer.ts';
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
  createCustomer,
  listCustomers,
  getCustomer,
  updateCustomer,
  customerAction,
  customerTimeline,
  revealCustomer,
  listReveals,
  installMeter,
  getMeter,
  replaceMeter,
  recordIcCardPurchase,
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
