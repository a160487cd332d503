import type { CivilAffairsAdapter } from '../../adapters/civil-affairs/adapter.js';
import { createCivilAffairsLoaders, type CivilAffairsLoaders } from './loaders.js';

export interface CivilAffairsContext {
  loaders: CivilAffairsLoaders;
  /** For paged queries that are not lookups by person (dibaoMembersActiveAt). */
  adapter: CivilAffairsAdapter;
}

export function createCivilAffairsContext(adapter: CivilAffairsAdapter): CivilAffairsContext {
  return { loaders: createCivilAffairsLoaders(adapter), adapter };
}
