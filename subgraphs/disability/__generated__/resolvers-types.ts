import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { PersonParent } from '../mappers.js';
import { DisabilityCertificateRecord } from '../../../adapters/disability/records.js';
import { DisabilityContext } from '../context.js';
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
  /** A list of booleans as one value: a column of thousands of entries, checked in one pass. */
  BooleanList: { input: boolean[]; output: boolean[]; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** A list of strings as one value: a column of thousands of entries, checked in one pass. */
  StringList: { input: string[]; output: string[]; }
  _FieldSet: { input: any; output: any; }
};

export type DisabilityCategory =
  /** 听力残疾 */
  | 'HEARING'
  /** 智力残疾 */
  | 'INTELLECTUAL'
  /** 精神残疾 */
  | 'MENTAL'
  /** 多重残疾 */
  | 'MULTIPLE'
  /** 肢体残疾 */
  | 'PHYSICAL'
  /** 言语残疾 */
  | 'SPEECH'
  /** A category code the hub does not know; see categoryCode. */
  | 'UNRECOGNISED'
  /** 视力残疾 */
  | 'VISUAL';

/** A second-generation disability certificate (第二代残疾人证); a person may hold several over time. */
export type DisabilityCertificate = {
  __typename?: 'DisabilityCertificate';
  /** The day the certificate was cancelled; null when it never was. */
  cancellationDate?: Maybe<Scalars['Date']['output']>;
  category: DisabilityCategory;
  /** The category code as stored. */
  categoryCode?: Maybe<Scalars['String']['output']>;
  /** The holder's ID number, then the category digit and the level digit. */
  certificateNumber: Scalars['ID']['output'];
  issueDate?: Maybe<Scalars['Date']['output']>;
  /** 1 (most severe) to 4; null when the stored level code is anything else. */
  level?: Maybe<Scalars['Int']['output']>;
  /** The level code as stored. */
  levelCode?: Maybe<Scalars['String']['output']>;
  /** The holder's name as the federation records it. */
  name?: Maybe<Scalars['String']['output']>;
  /** Level 1 or 2 (重度残疾). */
  severe: Scalars['Boolean']['output'];
  /**
   * Whether the certificate is valid on `date` (YYYY-MM-DD): issueDate ≤ date ≤ validUntil (both
   * inclusive) and, if cancelled, date < cancellationDate. Never valid when issueDate or validUntil
   * is missing.
   */
  validAt: Scalars['Boolean']['output'];
  /** The last day on which the certificate is valid. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};


/** A second-generation disability certificate (第二代残疾人证); a person may hold several over time. */
export type DisabilityCertificateValidAtArgs = {
  date: Scalars['Date']['input'];
};

/**
 * Persons to screen for disability, one list per field, every list one entry per subject (subject i
 * is `keys[i]`, `idNumbers[i]`, `dates[i]`, `requireSevere[i]`).
 */
export type DisabilityScreeningSubjects = {
  /** Each subject's date (YYYY-MM-DD). */
  dates: Scalars['StringList']['input'];
  /** Each subject's ID number (normalised by the hub). */
  idNumbers: Scalars['StringList']['input'];
  /** The caller's opaque key of each subject, returned with its hits. */
  keys: Scalars['StringList']['input'];
  /** Whether each subject's programme requires a severe (level 1 or 2) disability. */
  requireSevere: Scalars['BooleanList']['input'];
};

/** A citizen, keyed by the normalised 18-character ID number. Every department adds its own facts. */
export type Person = {
  __typename?: 'Person';
  /** Every disability certificate of the person over time (re-assessments included), ordered by issue date (undated last); empty when there are none. */
  disabilityCertificates?: Maybe<Array<DisabilityCertificate>>;
  idNumber: Scalars['ID']['output'];
  /**
   * The certificate valid on `date` (YYYY-MM-DD); null when none is. The federation issues at most
   * one per day; should its data hold several, the most severe is given.
   */
  validDisabilityCertificateAt?: Maybe<DisabilityCertificate>;
};


/** A citizen, keyed by the normalised 18-character ID number. Every department adds its own facts. */
export type PersonValidDisabilityCertificateAtArgs = {
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
   * A disability certificate (残联 第二代残疾人证) by its 20-character number: the holder's
   * 18-character ID number, then the category digit and the level digit (a lower-case x and
   * surrounding spaces are accepted). Null when the federation holds no such certificate.
   */
  disabilityCertificate?: Maybe<DisabilityCertificate>;
  /**
   * The ID numbers of the persons holding a certificate valid on `date` (YYYY-MM-DD), each once,
   * in certificate-number order, one page at a time: pass the previous page's `endCursor` as
   * `after`. Rows whose ID number is not a valid citizen ID number are left out.
   */
  personsWithValidCertificate: PersonIdPage;
  /**
   * Screening for the cross-check engine, rules NO_VALID_DISABILITY_CERT (no certificate of the
   * subject is valid on its date) and DISABILITY_LEVEL_TOO_LOW (requireSevere, a certificate is
   * valid on the date and none of the valid ones is of level 1 or 2, but one is of level 3 or 4).
   * Only hits are returned; at most 10,000 subjects per call.
   */
  screenDisability: ScreeningHits;
};


export type QueryDisabilityCertificateArgs = {
  certificateNumber: Scalars['String']['input'];
};


export type QueryPersonsWithValidCertificateArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['Date']['input'];
  divisionPrefix?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  severeOnly: Scalars['Boolean']['input'];
};


export type QueryScreenDisabilityArgs = {
  subjects: DisabilityScreeningSubjects;
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
  BooleanList: ResolverTypeWrapper<Scalars['BooleanList']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DisabilityCategory: DisabilityCategory;
  DisabilityCertificate: ResolverTypeWrapper<DisabilityCertificateRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DisabilityScreeningSubjects: DisabilityScreeningSubjects;
  Person: ResolverTypeWrapper<PersonParent>;
  PersonIdPage: ResolverTypeWrapper<PersonIdPage>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ScreeningHits: ResolverTypeWrapper<ScreeningHits>;
  StringList: ResolverTypeWrapper<Scalars['StringList']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BooleanList: Scalars['BooleanList']['output'];
  Date: Scalars['Date']['output'];
  DisabilityCertificate: DisabilityCertificateRecord;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  DisabilityScreeningSubjects: DisabilityScreeningSubjects;
  Person: PersonParent;
  PersonIdPage: PersonIdPage;
  Query: Record<PropertyKey, never>;
  ScreeningHits: ScreeningHits;
  StringList: Scalars['StringList']['output'];
}>;

export interface BooleanListScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['BooleanList'], any> {
  name: 'BooleanList';
}

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DisabilityCertificateResolvers<ContextType = DisabilityContext, ParentType extends ResolversParentTypes['DisabilityCertificate'] = ResolversParentTypes['DisabilityCertificate']> = ResolversObject<{
  cancellationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['DisabilityCategory'], ParentType, ContextType>;
  categoryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificateNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  levelCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  severe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validAt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<DisabilityCertificateValidAtArgs, 'date'>>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = DisabilityContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  disabilityCertificates?: Resolver<Maybe<Array<ResolversTypes['DisabilityCertificate']>>, ParentType, ContextType>;
  idNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validDisabilityCertificateAt?: Resolver<Maybe<ResolversTypes['DisabilityCertificate']>, ParentType, ContextType, RequireFields<PersonValidDisabilityCertificateAtArgs, 'date'>>;
}>;

export type PersonIdPageResolvers<ContextType = DisabilityContext, ParentType extends ResolversParentTypes['PersonIdPage'] = ResolversParentTypes['PersonIdPage']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  idNumbers?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = DisabilityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  disabilityCertificate?: Resolver<Maybe<ResolversTypes['DisabilityCertificate']>, ParentType, ContextType, RequireFields<QueryDisabilityCertificateArgs, 'certificateNumber'>>;
  personsWithValidCertificate?: Resolver<ResolversTypes['PersonIdPage'], ParentType, ContextType, RequireFields<QueryPersonsWithValidCertificateArgs, 'date' | 'first' | 'severeOnly'>>;
  screenDisability?: Resolver<ResolversTypes['ScreeningHits'], ParentType, ContextType, RequireFields<QueryScreenDisabilityArgs, 'subjects'>>;
}>;

export type ScreeningHitsResolvers<ContextType = DisabilityContext, ParentType extends ResolversParentTypes['ScreeningHits'] = ResolversParentTypes['ScreeningHits']> = ResolversObject<{
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface StringListScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['StringList'], any> {
  name: 'StringList';
}

export type Resolvers<ContextType = DisabilityContext> = ResolversObject<{
  BooleanList?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  DisabilityCertificate?: DisabilityCertificateResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonIdPage?: PersonIdPageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ScreeningHits?: ScreeningHitsResolvers<ContextType>;
  StringList?: GraphQLScalarType;
}>;

