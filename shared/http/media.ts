/** Media types of the files the API serves (CSV exports, Excel reports). */
export const CSV = 'text/csv; charset=utf-8';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
