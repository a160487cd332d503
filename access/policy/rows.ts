/** The row rules of the hub (access/policy/model.ts RowRule): which objects of a type a role may see at all. */
import type { RowRule } from './model.js';

const PUBLISHED_PROGRAMME = (path: string[]) => ({ path: [...path, 'published'], equals: true });

export const ROW_RULES: Record<string, RowRule> = {
  Person: { region: ['idNumber'], registerDivision: true, publicWhen: 'never' },
  // Reached only through its Person, which is in scope by ID prefix or by this very division.
  Registration: { publicWhen: 'never' },
  DibaoHousehold: { region: ['divisionCode'], publicWhen: 'never' },
  SocialSecurityCard: { region: ['holderIdNumber'], registerDivision: true, publicWhen: 'never' },
  // The certificate number starts with the holder's ID number, so its prefix is the region.
  DisabilityCertificate: { region: ['certificateNumber'], registerDivision: true, publicWhen: 'never' },
  PersonIdPage: { region: ['idNumbers'], publicWhen: 'never' },
  Programme: { publicWhen: PUBLISHED_PROGRAMME([]) },
  Batch: { region: ['countyCode'], publicWhen: PUBLISHED_PROGRAMME(['programme']) },
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
