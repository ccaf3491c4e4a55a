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
import * as updateMeter from './update-meter.ts';

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
  updateMeter,
  replaceMeter,
  recordIcCardPurchase,
]);
