import { dispatch } from '../../shared/http/dispatch.ts';
import * as adjustmentAction from './adjustment-action.ts';
import * as createReadBook from './create-read-book.ts';
import * as getAdjustment from './get-adjustment.ts';
import * as getReadBook from './get-read-book.ts';
import * as getReadCycle from './get-read-cycle.ts';
import * as listReadCycles from './list-read-cycles.ts';
import * as listAdjustments from './list-adjustments.ts';
import * as listMeterReadings from './list-meter-readings.ts';
import * as listReadBooks from './list-read-books.ts';
import * as listReadingExceptions from './list-reading-exceptions.ts';
import * as mergeReadBook from './merge-read-book.ts';
import * as postReadings from './post-readings.ts';
import * as proposeAdjustment from './propose-adjustment.ts';
import * as readingExceptionAction from './reading-exception-action.ts';
import * as splitReadBook from './split-read-book.ts';
import * as updateReadBook from './update-read-book.ts';

export const handler = dispatch([
  postReadings,
  listMeterReadings,
  listReadingExceptions,
  readingExceptionAction,
  createReadBook,
  listReadBooks,
  getReadBook,
  updateReadBook,
  splitReadBook,
  mergeReadBook,
  listReadCycles,
  getReadCycle,
  proposeAdjustment,
  listAdjustments,
  getAdjustment,
  adjustmentAction,
]);
