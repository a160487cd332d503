import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { PersonParent } from '../mappers.js';
import { SocialSecurityCardRecord, InsuredEmploymentRecord } from '../../../adapters/hr/records.js';
import { HrContext } from '../context.js';
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
  /** A list of strings as one value: a column of thousands of entries, checked in one pass. */
  StringList: { input: string[]; output: string[]; }
  _FieldSet: { input: any; output: any; }
};

/**
 * Payment accounts to screen, one list per field, every list one entry per subject (subject i is
 * `keys[i]`, `idNumbers[i]`, `accountNumbers[i]`).
 */
export type CardAccountSubjects = {
  /** Each account paid into. */
  accountNumbers: Scalars['StringList']['input'];
  /** Each payee's ID number. */
  idNumbers: Scalars['StringList']['input'];
  /** The caller's opaque key of each subject, returned with its hits. */
  keys: Scalars['StringList']['input'];
};

export type CardStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'NOT_ACTIVATED'
  | 'REPORTED_LOST'
  /** A status code the hub does not know; see statusCode. */
  | 'UNRECOGNISED';

export type EmployerType =
  | 'ENTERPRISE'
  | 'GOVERNMENT_ORGAN'
  | 'OTHER'
  | 'PUBLIC_INSTITUTION'
  /** An employer type code the hub does not know; see employerTypeCode. */
  | 'UNRECOGNISED';

/** A period in which a person was insured through an employer (单位参保). */
export type InsuredEmployment = {
  __typename?: 'InsuredEmployment';
  /** Whether the employment is active on `date` (YYYY-MM-DD): startDate <= date < endDate, no end meaning open. */
  activeAt: Scalars['Boolean']['output'];
  employerName?: Maybe<Scalars['String']['output']>;
  employerNumber?: Maybe<Scalars['String']['output']>;
  employerType: EmployerType;
  /** The employer type code as stored. */
  employerTypeCode?: Maybe<Scalars['String']['output']>;
  /** Null while still employed. */
  endDate?: Maybe<Scalars['Date']['output']>;
  recordId: Scalars['ID']['output'];
  startDate?: Maybe<Scalars['Date']['output']>;
};


/** A period in which a person was insured through an employer (单位参保). */
export type InsuredEmploymentActiveAtArgs = {
  date: Scalars['Date']['input'];
};

/** A citizen, keyed by the normalised 18-character ID number. Every department adds its own facts. */
export type Person = {
  __typename?: 'Person';
  idNumber: Scalars['ID']['output'];
  /** Periods of employment insured through an employer, by start date; empty when none. */
  insuredEmployments?: Maybe<Array<InsuredEmployment>>;
  /**
   * Whether the person has insured employment with a government organ or public institution active
   * on `date` (YYYY-MM-DD).
   */
  publicEmployeeAt?: Maybe<Scalars['Boolean']['output']>;
  /** Social security cards held by the person, by card number; empty when none. */
  socialSecurityCards?: Maybe<Array<SocialSecurityCard>>;
};


/** A citizen, keyed by the normalised 18-character ID number. Every department adds its own facts. */
export type PersonPublicEmployeeAtArgs = {
  date: Scalars['Date']['input'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Screening for the cross-check of payment accounts: CARD_HOLDER_MISMATCH when the account is the
   * bank account of a social security card held by another person, CARD_NOT_ACTIVE when it is the
   * account of a card whose status is not ACTIVE. Each rule at most once per subject; only hits
   * are returned. At most 10,000 subjects; subjects with an invalid ID number match nothing.
   */
  screenCardAccounts: ScreeningHits;
  /**
   * Screening for dibao programmes: PUBLIC_EMPLOYEE_ON_DIBAO when the person has insured employment
   * with a government organ or public institution active at the subject's date
   * (start <= date < end, no end meaning still employed). At most 10,000 subjects.
   */
  screenPublicEmployment: ScreeningHits;
  /**
   * A social security card (人社 社保卡) by card number (surrounding spaces are ignored).
   * Null when the bureau has no such card.
   */
  socialSecurityCard?: Maybe<SocialSecurityCard>;
  /**
   * The social security cards that carry a bank account number, compared without the padding legacy
   * rows carry; empty when the account is no card's account.
   */
  socialSecurityCardsByAccount: Array<SocialSecurityCard>;
};


export type QueryScreenCardAccountsArgs = {
  subjects: CardAccountSubjects;
};


export type QueryScreenPublicEmploymentArgs = {
  subjects: ScreeningSubjects;
};


export type QuerySocialSecurityCardArgs = {
  cardNumber: Scalars['String']['input'];
};


export type QuerySocialSecurityCardsByAccountArgs = {
  accountNumber: Scalars['String']['input'];
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

/** A social security card; each carries a bank account (金融账户) through which benefits can be paid. */
export type SocialSecurityCard = {
  __typename?: 'SocialSecurityCard';
  /** The bank account number of the card, trimmed. */
  accountNumber?: Maybe<Scalars['String']['output']>;
  /** Issuing bank code as stored. */
  bankCode?: Maybe<Scalars['String']['output']>;
  cardNumber: Scalars['ID']['output'];
  /** The holder as a Person; null when the card's holder ID is not a valid citizen ID number. */
  holder?: Maybe<Person>;
  /** The holder's ID number as the card records it, normalised (trimmed, upper-case X). */
  holderIdNumber?: Maybe<Scalars['String']['output']>;
  holderName?: Maybe<Scalars['String']['output']>;
  issueDate?: Maybe<Scalars['Date']['output']>;
  status: CardStatus;
  /** The card status code as stored. */
  statusCode?: Maybe<Scalars['String']['output']>;
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
  Person: Person;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"idNumber":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CardAccountSubjects: CardAccountSubjects;
  CardStatus: CardStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  EmployerType: EmployerType;
  InsuredEmployment: ResolverTypeWrapper<InsuredEmploymentRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Person: ResolverTypeWrapper<PersonParent>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ScreeningHits: ResolverTypeWrapper<ScreeningHits>;
  ScreeningSubjects: ScreeningSubjects;
  SocialSecurityCard: ResolverTypeWrapper<SocialSecurityCardRecord>;
  StringList: ResolverTypeWrapper<Scalars['StringList']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CardAccountSubjects: CardAccountSubjects;
  Date: Scalars['Date']['output'];
  InsuredEmployment: InsuredEmploymentRecord;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Person: PersonParent;
  Query: Record<PropertyKey, never>;
  ScreeningHits: ScreeningHits;
  ScreeningSubjects: ScreeningSubjects;
  SocialSecurityCard: SocialSecurityCardRecord;
  StringList: Scalars['StringList']['output'];
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type InsuredEmploymentResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['InsuredEmployment'] = ResolversParentTypes['InsuredEmployment']> = ResolversObject<{
  activeAt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<InsuredEmploymentActiveAtArgs, 'date'>>;
  employerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employerNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employerType?: Resolver<ResolversTypes['EmployerType'], ParentType, ContextType>;
  employerTypeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  idNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insuredEmployments?: Resolver<Maybe<Array<ResolversTypes['InsuredEmployment']>>, ParentType, ContextType>;
  publicEmployeeAt?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<PersonPublicEmployeeAtArgs, 'date'>>;
  socialSecurityCards?: Resolver<Maybe<Array<ResolversTypes['SocialSecurityCard']>>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  screenCardAccounts?: Resolver<ResolversTypes['ScreeningHits'], ParentType, ContextType, RequireFields<QueryScreenCardAccountsArgs, 'subjects'>>;
  screenPublicEmployment?: Resolver<ResolversTypes['ScreeningHits'], ParentType, ContextType, RequireFields<QueryScreenPublicEmploymentArgs, 'subjects'>>;
  socialSecurityCard?: Resolver<Maybe<ResolversTypes['SocialSecurityCard']>, ParentType, ContextType, RequireFields<QuerySocialSecurityCardArgs, 'cardNumber'>>;
  socialSecurityCardsByAccount?: Resolver<Array<ResolversTypes['SocialSecurityCard']>, ParentType, ContextType, RequireFields<QuerySocialSecurityCardsByAccountArgs, 'accountNumber'>>;
}>;

export type ScreeningHitsResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['ScreeningHits'] = ResolversParentTypes['ScreeningHits']> = ResolversObject<{
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SocialSecurityCardResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['SocialSecurityCard'] = ResolversParentTypes['SocialSecurityCard']> = ResolversObject<{
  accountNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bankCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cardNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  holder?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  holderIdNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holderName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CardStatus'], ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface StringListScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['StringList'], any> {
  name: 'StringList';
}

export type Resolvers<ContextType = HrContext> = ResolversObject<{
  Date?: GraphQLScalarType;
  InsuredEmployment?: InsuredEmploymentResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ScreeningHits?: ScreeningHitsResolvers<ContextType>;
  SocialSecurityCard?: SocialSecurityCardResolvers<ContextType>;
  StringList?: GraphQLScalarType;
}>;

