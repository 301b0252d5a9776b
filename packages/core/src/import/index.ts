/**
 * Import of official power tables (权责清单 spreadsheets): pure functions, browser-safe. Reading
 * XLSX and CSV bytes into sheets is in `@sunlit/core/spreadsheet`.
 */
export * from './cells.js';
export * from './convert.js';
export * from './headers.js';
export * from './write.js';
export * from './export.js';
