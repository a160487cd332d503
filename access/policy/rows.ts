/** The row rules of the hub (access/policy/model.ts RowRule): which objects of a type a role may see at all. */
import type { RowRule } from './model.js';

const PUBLISHED_PROGRAMME = (path: string[]) => ({ path: [...path, 'published'], equals: true });

export const ROW_RULES: Record<string, RowRule> = {
  // In scope by the register's division or by the county's batches, never by the ID number's prefix (ruling 5).
  Person: { person: ['idNumber'], publicWhen: 'never' },
  // Reached only through its Person, which is in scope by this very division or by its payments.
  Registration: { publicWhen: 'never' },
  // Registered in the region, or the household of a head who is in scope.
  DibaoHousehold: { region: ['divisionCode'], person: ['head', 'idNumber'], publicWhen: 'never' },
  SocialSecurityCard: { person: ['holderIdNumber'], publicWhen: 'never' },
  // The certificate number starts with the holder's ID number.
  DisabilityCertificate: { person: ['certificateNumber'], publicWhen: 'never' },
  PersonIdPage: { person: ['idNumbers'], publicWhen: 'never' },
  Programme: { publicWhen: PUBLISHED_PROGRAMME([]) },
  Batch: { region: ['countyCode'], publicWhen: PUBLISHED_PROGRAMME(['programme']) },
  // A line of the county's batches is always in scope, whoever it pays.
  PaymentLine: { region: ['batch', 'countyCode'], publicWhen: PUBLISHED_PROGRAMME(['batch', 'programme']) },
  CheckLine: { region: ['countyCode'], publicWhen: 'never' },
  // A batch's lines in columns: its county is theirs, so the batch is left out as its lines would be.
  BatchLineColumns: { region: ['countyCode'], publicWhen: 'never' },
  // Totals are published only over 5 persons or more (their fields are non-null: a small one is withheld whole).
  PaymentTotals: { suppress: { countField: 'personCount', fields: ['lineCount', 'personCount', 'totalAmount'] } },
  PaymentRollupRow: { suppress: { countField: 'personCount', fields: ['lineCount', 'personCount', 'totalAmount'] } },
  RollupRow: { suppress: { countField: 'personCount', fields: ['lineCount', 'personCount', 'totalAmount'] } },
  AnnouncementTotals: { suppress: { countField: 'personCount', fields: ['lineCount', 'personCount', 'totalAmount'] } },
};
