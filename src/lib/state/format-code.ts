/**
 * The formats' code as the browser fetches it, on a person's first export or import: exporters, importers and
 * sql.js' loader behind one dynamic import, so they make one chunk. Imported apart, the loader alone was small
 * enough for the bundler to merge into the first page's JavaScript.
 */
export { EXPORTERS } from '$lib/domain/formats';
export { importError, importFile, MAX_IMPORT_BYTES, sniffFileKind } from '$lib/domain/formats/import';
export { loadSqlFromAsset } from '$lib/domain/formats/anki/sql-asset';
