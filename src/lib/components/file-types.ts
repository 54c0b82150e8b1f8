/** What a file field offers for a pack file: its JSON, plain or gzipped (domain/pack-file.ts reads both). */
export const PACK_FILE_ACCEPT = '.json,.gz,application/json,application/gzip';
