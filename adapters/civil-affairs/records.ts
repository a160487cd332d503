import type { IsoDate } from '../../lib/dates.js';
import type { Fen } from '../../lib/money.js';

export type DibaoCategory = 'URBAN' | 'RURAL' | 'UNRECOGNISED';
export type HouseholdRelation = 'SELF' | 'SPOUSE' | 'CHILD' | 'PARENT' | 'OTHER' | 'UNRECOGNISED';
export type SupportForm = 'INSTITUTIONAL' | 'AT_HOME' | 'UNRECOGNISED';

/** A minimum-living-guarantee (低保) household, normalised. */
export interface DibaoHouseholdRecord {
  householdNumber: string;
  /** Normalised ID number of the head; null when the column is NULL or blank. May still be invalid. */
  headIdNumber: string | null;
  divisionCode: string | null;
  category: DibaoCategory;
  categoryCode: string | null;
  monthlyAllowanceFen: Fen | null;
  /** The day the household entered the guarantee; null when none or unreadable. */
  startDate: IsoDate | null;
  /** The stored text when the start holds neither NULL, blank nor a real date; null otherwise. */
  startDateUnreadable: string | null;
  /** The day the guarantee ended; null when none (still open) or when unreadable (see below). */
  endDate: IsoDate | null;
  /**
   * The stored text when the end holds something that is not a date (null otherwise). The layout
   * says the end is NULL while active, so a filled-in end of unknown day is an ended guarantee.
   */
  endDateUnreadable: string | null;
}

/** Where a membership comes from: a DB_JTCY row, or only the household's head ID in DB_JT. */
export type MembershipSource = 'MEMBER_ROW' | 'HEAD_OF_HOUSEHOLD';

/** A person's membership of a dibao household, normalised. */
export interface DibaoMemberRecord {
  /** DB_JTCY row id; null for a head known only from DB_JT.HZSFZH. */
  memberId: string | null;
  source: MembershipSource;
  householdNumber: string;
  /** Normalised ID number; null when the column is NULL or blank. May still be invalid. */
  idNumber: string | null;
  name: string | null;
  relation: HouseholdRelation;
  /** The stored relation code; null when not stored (a head known only from DB_JT). */
  relationCode: string | null;
}

/** A state support record of a person in extreme poverty (特困供养), normalised. */
export interface ExtremePovertySupportRecord {
  recordId: string;
  idNumber: string | null;
  name: string | null;
  form: SupportForm;
  formCode: string | null;
  startDate: IsoDate | null;
  /** The stored start when it is not a readable date (see DibaoHouseholdRecord). */
  startDateUnreadable: string | null;
  endDate: IsoDate | null;
  /** The stored end when it is not a readable date: ended on an unknown day (see DibaoHouseholdRecord). */
  endDateUnreadable: string | null;
}

/** What the dibao screening reads of a household (subgraphs/civil-affairs/rules.ts): as its DibaoHouseholdRecord has it. */
export type ScreeningHousehold = Pick<
  DibaoHouseholdRecord,
  'householdNumber' | 'headIdNumber' | 'category' | 'categoryCode' | 'startDate' | 'startDateUnreadable' | 'endDate' | 'endDateUnreadable'
>;

/** What the dibao screening reads of a membership: which household, in membership order. */
export type ScreeningMembership = Pick<DibaoMemberRecord, 'memberId' | 'householdNumber' | 'idNumber'>;

/** What the extreme-poverty screening reads of a support record: all but the name, as its record has it. */
export type ScreeningSupport = Omit<ExtremePovertySupportRecord, 'name'>;
