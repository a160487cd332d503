import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { PersonParent } from '../mappers.js';
import { DibaoHouseholdRecord, DibaoMemberRecord, ExtremePovertySupportRecord } from '../../../adapters/civil-affairs/records.js';
import { CivilAffairsContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An exact amount in yuan with two decimals, as text: "1234.50". */
  Decimal: { input: string; output: string; }
  /** A list of strings as one value: a column of thousands of entries, checked in one pass. */
  StringList: { input: string[]; output: string[]; }
  _FieldSet: { input: any; output: any; }
};

export type DibaoCategory =
  /** 农村低保: rural */
  | 'RURAL'
  /** A category code the hub does not know; see categoryCode. */
  | 'UNRECOGNISED'
  /** 城市低保: urban */
  | 'URBAN';

/** A household receiving the minimum living guarantee (低保). */
export type DibaoHousehold = {
  __typename?: 'DibaoHousehold';
  /** Whether the guarantee is active on `date` (YYYY-MM-DD): startDate ≤ date < endDate, no end meaning still open. */
  activeAt: Scalars['Boolean']['output'];
  category: DibaoCategory;
  /** The category code as stored. */
  categoryCode?: Maybe<Scalars['String']['output']>;
  /** 12-digit division code of the household. */
  divisionCode?: Maybe<Scalars['String']['output']>;
  /** The day the guarantee ended; null while it is open, and also when the stored end is not a readable date (then it counts as ended). */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** The head of household; null when the stored ID number is missing or not a valid citizen ID number. */
  head?: Maybe<Person>;
  householdNumber: Scalars['ID']['output'];
  /** The members, head first; the head is listed even when the records hold no member row of them. */
  members: Array<DibaoMember>;
  /** Monthly allowance for the whole household. */
  monthlyAllowance?: Maybe<Scalars['Decimal']['output']>;
  /** The day the household entered the guarantee. */
  startDate?: Maybe<Scalars['Date']['output']>;
};


/** A household receiving the minimum living guarantee (低保). */
export type DibaoHouseholdActiveAtArgs = {
  date: Scalars['Date']['input'];
};

/** A member of a dibao household. */
export type DibaoMember = {
  __typename?: 'DibaoMember';
  /** The member's ID number as stored, normalised (trimmed, upper-case X). */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** The member's name as the civil affairs records hold it; null for a head listed only on the household. */
  name?: Maybe<Scalars['String']['output']>;
  /** Null when the stored ID number is missing or not a valid citizen ID number. */
  person?: Maybe<Person>;
  relation: HouseholdRelation;
  /** The relation code as stored; null for a head listed only on the household (relation SELF). */
  relationCode?: Maybe<Scalars['String']['output']>;
};

/** A person's membership of a dibao household. */
export type DibaoMembership = {
  __typename?: 'DibaoMembership';
  household: DibaoHousehold;
  /** The name on the member row; null for a head listed only on the household. */
  name?: Maybe<Scalars['String']['output']>;
  relation: HouseholdRelation;
  /** The relation code as stored; null for a head listed only on the household (relation SELF). */
  relationCode?: Maybe<Scalars['String']['output']>;
};

export type HouseholdRelation =
  /** 子女: child */
  | 'CHILD'
  /** 其他: other */
  | 'OTHER'
  /** 父母: parent */
  | 'PARENT'
  /** 本人: the head */
  | 'SELF'
  /** 配偶: spouse */
  | 'SPOUSE'
  /** A relation code the hub does not know; see relationCode. */
  | 'UNRECOGNISED';

/** A citizen, keyed by the normalised 18-character ID number. Every department adds its own facts. */
export type Person = {
  __typename?: 'Person';
  /**
   * The person's memberships of dibao households, by household number; empty when there are none.
   * The head of a household is a member even without a member row of their own.
   */
  dibaoMemberships?: Maybe<Array<DibaoMembership>>;
  /** The person's extreme-poverty support records (特困供养), by start date (undated last); empty when there are none. */
  extremePovertySupport?: Maybe<Array<SupportRecord>>;
  idNumber: Scalars['ID']['output'];
  /** Whether the person is a member of a dibao household whose guarantee is active on `date` (YYYY-MM-DD). */
  onDibaoAt?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the person has an extreme-poverty support record active on `date` (YYYY-MM-DD). */
  supportedAt?: Maybe<Scalars['Boolean']['output']>;
};


/** A citizen, keyed by the normalised 18-character ID number. Every department adds its own facts. */
export type PersonOnDibaoAtArgs = {
  date: Scalars['Date']['input'];
};


/** A citizen, keyed by the normalised 18-character ID number. Every department adds its own facts. */
export type PersonSupportedAtArgs = {
  date: Scalars['Date']['input'];
};

/** One page of ID numbers. */
export type PersonIdPage = {
  __typename?: 'PersonIdPage';
  /** Pass as `after` to get the next page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  idNumbers: Array<Scalars['ID']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * A minimum-living-guarantee (低保) household in the civil affairs social assistance records
   * (民政 社会救助), by household number (surrounding spaces are ignored). Null when the records
   * hold no such household.
   */
  dibaoHousehold?: Maybe<DibaoHousehold>;
  /**
   * The ID numbers of the members (heads included) of the dibao households whose guarantee is active
   * on `date` (YYYY-MM-DD; start ≤ date < end, no end meaning still open), household by household in
   * household-number order; `divisionPrefix` keeps households whose division code starts with it.
   * A household is never split across pages, so a page holds at most `first` (1 to 10,000) ID numbers
   * unless one household alone has more. Members whose ID number is not a valid citizen ID number are
   * left out. A person in two active households can appear on two pages. Pass the previous page's
   * `endCursor` as `after`.
   */
  dibaoMembersActiveAt: PersonIdPage;
  /**
   * Screening for the cross-check engine, rule NOT_ON_DIBAO: one hit per subject that on its date is
   * not a member of any dibao household whose guarantee is active (start ≤ date < end; no end means
   * still open). The head of a household counts as a member. Only hits are returned; at most 10,000
   * subjects per call.
   */
  screenDibao: ScreeningHits;
  /**
   * Screening for the cross-check engine, rule NOT_SUPPORTED_PERSON: one hit per subject that on its
   * date has no extreme-poverty support record (特困供养) active (start ≤ date < end; no end means
   * still open). Only hits are returned; at most 10,000 subjects per call.
   */
  screenExtremePoverty: ScreeningHits;
  /**
   * The ID numbers of the persons in extreme poverty (特困供养) with a support record active on `date`
   * (YYYY-MM-DD; start ≤ date < end, no end meaning still open; an unreadable start never started, an
   * unreadable end has ended), record by record in record order, each at most once a page: `first`
   * 1 to 10,000. The records hold no division: where a person lives is the population register's to
   * say. Records whose ID number is not a valid citizen ID number are left out. A person with two
   * active records can appear on two pages. Pass the previous page's `endCursor` as `after`.
   */
  supportedPersonsAt: PersonIdPage;
};


export type QueryDibaoHouseholdArgs = {
  householdNumber: Scalars['String']['input'];
};


export type QueryDibaoMembersActiveAtArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['Date']['input'];
  divisionPrefix?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryScreenDibaoArgs = {
  subjects: ScreeningSubjects;
};


export type QueryScreenExtremePovertyArgs = {
  subjects: ScreeningSubjects;
};


export type QuerySupportedPersonsAtArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['Date']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The findings of a screening question, one list per field, every list one entry per hit (hit i is
 * `keys[i]`, `rules[i]`, `evidence[i]`): the subject's key, the rule code, and the evidence in plain
 * words. Hits come in the subjects' order, a subject's hits in the order of the rule table.
 */
export type ScreeningHits = {
  __typename?: 'ScreeningHits';
  evidence: Array<Scalars['String']['output']>;
  keys: Array<Scalars['ID']['output']>;
  rules: Array<Scalars['String']['output']>;
};

/**
 * Persons to screen at a date, one list per field, every list one entry per subject (subject i is
 * `keys[i]`, `idNumbers[i]`, `dates[i]`): lists of plain values cost the gateway and the subgraph far
 * less than thousands of input objects.
 */
export type ScreeningSubjects = {
  /** Each subject's date (YYYY-MM-DD). */
  dates: Scalars['StringList']['input'];
  /** Each subject's ID number (normalised by the hub). */
  idNumbers: Scalars['StringList']['input'];
  /** The caller's opaque key of each subject, returned with its hits. */
  keys: Scalars['StringList']['input'];
};

export type SupportForm =
  /** 分散供养: supported at home */
  | 'AT_HOME'
  /** 集中供养: institutional care */
  | 'INSTITUTIONAL'
  /** A form code the hub does not know; see formCode. */
  | 'UNRECOGNISED';

/** A record of state support of a person in extreme poverty (特困供养). */
export type SupportRecord = {
  __typename?: 'SupportRecord';
  /** Whether the support is active on `date` (YYYY-MM-DD): startDate ≤ date < endDate, no end meaning still open. */
  activeAt: Scalars['Boolean']['output'];
  /** The day the support ended; null while it is open, and also when the stored end is not a readable date (then it counts as ended). */
  endDate?: Maybe<Scalars['Date']['output']>;
  form: SupportForm;
  /** The form code as stored. */
  formCode?: Maybe<Scalars['String']['output']>;
  /** The person's name as the civil affairs records hold it. */
  name?: Maybe<Scalars['String']['output']>;
  recordId: Scalars['ID']['output'];
  startDate?: Maybe<Scalars['Date']['output']>;
};


/** A record of state support of a person in extreme poverty (特困供养). */
export type SupportRecordActiveAtArgs = {
  date: Scalars['Date']['input'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  DibaoHousehold: DibaoHousehold;
  Person: Person;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  DibaoHousehold:
    ( { __typename: 'DibaoHousehold' }
    & GraphQLRecursivePick<FederationTypes['DibaoHousehold'], {"householdNumber":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"idNumber":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DibaoCategory: DibaoCategory;
  DibaoHousehold: ResolverTypeWrapper<DibaoHouseholdRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DibaoMember: ResolverTypeWrapper<DibaoMemberRecord>;
  DibaoMembership: ResolverTypeWrapper<DibaoMemberRecord>;
  HouseholdRelation: HouseholdRelation;
  Person: ResolverTypeWrapper<PersonParent>;
  PersonIdPage: ResolverTypeWrapper<PersonIdPage>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ScreeningHits: ResolverTypeWrapper<ScreeningHits>;
  ScreeningSubjects: ScreeningSubjects;
  StringList: ResolverTypeWrapper<Scalars['StringList']['output']>;
  SupportForm: SupportForm;
  SupportRecord: ResolverTypeWrapper<ExtremePovertySupportRecord>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  Decimal: Scalars['Decimal']['output'];
  DibaoHousehold: DibaoHouseholdRecord;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  DibaoMember: DibaoMemberRecord;
  DibaoMembership: DibaoMemberRecord;
  Person: PersonParent;
  PersonIdPage: PersonIdPage;
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  ScreeningHits: ScreeningHits;
  ScreeningSubjects: ScreeningSubjects;
  StringList: Scalars['StringList']['output'];
  SupportRecord: ExtremePovertySupportRecord;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DibaoHouseholdResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['DibaoHousehold'] = ResolversParentTypes['DibaoHousehold'], FederationReferenceType extends FederationReferenceTypes['DibaoHousehold'] = FederationReferenceTypes['DibaoHousehold']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DibaoHousehold']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeAt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<DibaoHouseholdActiveAtArgs, 'date'>>;
  category?: Resolver<ResolversTypes['DibaoCategory'], ParentType, ContextType>;
  categoryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  divisionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  head?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  householdNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['DibaoMember']>, ParentType, ContextType>;
  monthlyAllowance?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type DibaoMemberResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['DibaoMember'] = ResolversParentTypes['DibaoMember']> = ResolversObject<{
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['HouseholdRelation'], ParentType, ContextType>;
  relationCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DibaoMembershipResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['DibaoMembership'] = ResolversParentTypes['DibaoMembership']> = ResolversObject<{
  household?: Resolver<ResolversTypes['DibaoHousehold'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['HouseholdRelation'], ParentType, ContextType>;
  relationCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dibaoMemberships?: Resolver<Maybe<Array<ResolversTypes['DibaoMembership']>>, ParentType, ContextType>;
  extremePovertySupport?: Resolver<Maybe<Array<ResolversTypes['SupportRecord']>>, ParentType, ContextType>;
  idNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onDibaoAt?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<PersonOnDibaoAtArgs, 'date'>>;
  supportedAt?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<PersonSupportedAtArgs, 'date'>>;
}>;

export type PersonIdPageResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['PersonIdPage'] = ResolversParentTypes['PersonIdPage']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  idNumbers?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  dibaoHousehold?: Resolver<Maybe<ResolversTypes['DibaoHousehold']>, ParentType, ContextType, RequireFields<QueryDibaoHouseholdArgs, 'householdNumber'>>;
  dibaoMembersActiveAt?: Resolver<ResolversTypes['PersonIdPage'], ParentType, ContextType, RequireFields<QueryDibaoMembersActiveAtArgs, 'date' | 'first'>>;
  screenDibao?: Resolver<ResolversTypes['ScreeningHits'], ParentType, ContextType, RequireFields<QueryScreenDibaoArgs, 'subjects'>>;
  screenExtremePoverty?: Resolver<ResolversTypes['ScreeningHits'], ParentType, ContextType, RequireFields<QueryScreenExtremePovertyArgs, 'subjects'>>;
  supportedPersonsAt?: Resolver<ResolversTypes['PersonIdPage'], ParentType, ContextType, RequireFields<QuerySupportedPersonsAtArgs, 'date' | 'first'>>;
}>;

export type ScreeningHitsResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ScreeningHits'] = ResolversParentTypes['ScreeningHits']> = ResolversObject<{
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface StringListScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['StringList'], any> {
  name: 'StringList';
}

export type SupportRecordResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['SupportRecord'] = ResolversParentTypes['SupportRecord']> = ResolversObject<{
  activeAt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<SupportRecordActiveAtArgs, 'date'>>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  form?: Resolver<ResolversTypes['SupportForm'], ParentType, ContextType>;
  formCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CivilAffairsContext> = ResolversObject<{
  Date?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DibaoHousehold?: DibaoHouseholdResolvers<ContextType>;
  DibaoMember?: DibaoMemberResolvers<ContextType>;
  DibaoMembership?: DibaoMembershipResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonIdPage?: PersonIdPageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ScreeningHits?: ScreeningHitsResolvers<ContextType>;
  StringList?: GraphQLScalarType;
  SupportRecord?: SupportRecordResolvers<ContextType>;
}>;

