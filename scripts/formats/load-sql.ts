/** sql.js for the command line: Node reads the WebAssembly from node_modules/sql.js/dist itself. */
import initSqlJs from 'sql.js';
import type { LoadSql } from '../../src/lib/domain/formats/types';

export const loadSqlInNode: LoadSql = () => initSqlJs();
