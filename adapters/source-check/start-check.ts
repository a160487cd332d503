/**
 * The check a department subgraph makes before it listens: its mapping file, and (when the
 * database can be reached) every table and column of the layout. A problem stops the start, each
 * named; a database that is down at start does not (it is retried on every request).
 */
import { GraphQLError } from 'graphql';
import type { Department } from '../../lib/departments.js';
import type { DatabaseLocation } from '../../lib/database-location.js';
import { DepartmentDatabase } from '../database.js';
import { MappingError } from '../mapping/mapping-file.js';
import { blockingProblems, checkSchema } from './schema.js';

export interface StartCheck {
  /** What stops the start, each naming `table.column`. */
  problems: string[];
  /** Printed, not fatal: narrower columns, or a database that could not be reached to check. */
  warnings: string[];
}

export async function checkLayoutAtStart(department: Department, location: DatabaseLocation): Promise<StartCheck> {
  let db: DepartmentDatabase;
  try {
    db = new DepartmentDatabase(department, location);
  } catch (error) {
    if (error instanceof MappingError) return { problems: [error.message], warnings: [] };
    throw error;
  }
  try {
    const tables = await db.run((ds) => checkSchema(ds, db.layout));
    const warnings = tables.flatMap((t) => t.columns.filter((c) => c.severity === 'warning').map((c) => `${c.table}.${c.column} (${c.stored}): ${c.problem}`));
    return { problems: blockingProblems(tables), warnings };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { problems: [], warnings: [`layout not checked: ${error.message}; it is checked again by the source check (npx hub source check)`] };
  } finally {
    await db.close();
  }
}
