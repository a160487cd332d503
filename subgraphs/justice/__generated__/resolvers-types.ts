import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { PersonParent } from '../mappers.js';
import { SentenceRecord } from '../../../adapters/justice/records.js';
import { JusticeContext } from '../context.js';
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

/** A citizen, keyed by the normalised 18-character ID number. Every department adds its own facts. */
export type Person = {
  __typename?: 'Person';
  /** The custodial sentence being served on `date` (YYYY-MM-DD); the earliest-starting one if several; null when none. */
  custodySentenceAt?: Maybe<Sentence>;
  idNumber: Scalars['ID']['output'];
  /** Whether the person is serving a custodial sentence on `date` (YYYY-MM-DD). */
  inCustodyAt?: Maybe<Scalars['Boolean']['output']>;
  /** Every sentence of the person in the justice records, ordered by start date (undated last); empty when there are none. */
  sentences?: Maybe<Array<Sentence>>;
};


/** A citizen, keyed by the normalised 18-character ID number. Every department adds its own facts. */
export type PersonCustodySentenceAtArgs = {
  date: Scalars['Date']['input'];
};


/** A citizen, keyed by the normalised 18-character ID number. Every department adds its own facts. */
export type PersonInCustodyAtArgs = {
  date: Scalars['Date']['input'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Screening for the cross-check engine, rule IN_CUSTODY: one hit per subject that on its date is
   * serving a custodial sentence (start ≤ date < release). Only hits are returned; at most
   * 10,000 subjects per call.
   */
  screenCustody: ScreeningHits;
  /**
   * A sentence in the justice department's sentence execution records (司法 刑罚执行), by offender
   * number (surrounding spaces are ignored). Null when the records hold no such sentence.
   */
  sentence?: Maybe<Sentence>;
};


export type QueryScreenCustodyArgs = {
  subjects: ScreeningSubjects;
};


export type QuerySentenceArgs = {
  offenderNumber: Scalars['String']['input'];
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

/** One sentence being or having been executed. */
export type Sentence = {
  __typename?: 'Sentence';
  /** Early release or parole, when it differs from the end of the term. */
  actualReleaseDate?: Maybe<Scalars['Date']['output']>;
  /** Served in a prison or detention house: fixed-term or life imprisonment, death with reprieve, criminal detention. */
  custodial: Scalars['Boolean']['output'];
  /** End of the term as sentenced; null for life imprisonment and death with reprieve. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Prison or detention house. */
  facility?: Maybe<Scalars['String']['output']>;
  /** Whether this sentence holds the person in custody on `date` (YYYY-MM-DD): custodial, startDate ≤ date < releaseDate. */
  inCustodyAt: Scalars['Boolean']['output'];
  /** The offender's name as the justice records hold it. */
  name?: Maybe<Scalars['String']['output']>;
  offenderNumber: Scalars['String']['output'];
  /** The effective release: actualReleaseDate if set, else endDate; null means no release is scheduled. */
  releaseDate?: Maybe<Scalars['Date']['output']>;
  startDate?: Maybe<Scalars['Date']['output']>;
  type: SentenceType;
  /** The sentence type code as stored. */
  typeCode?: Maybe<Scalars['String']['output']>;
};


/** One sentence being or having been executed. */
export type SentenceInCustodyAtArgs = {
  date: Scalars['Date']['input'];
};

export type SentenceType =
  /** 拘役: criminal detention, custodial */
  | 'CRIMINAL_DETENTION'
  /** 死刑缓期执行: death with reprieve, custodial */
  | 'DEATH_WITH_REPRIEVE'
  /** 有期徒刑: fixed-term imprisonment, custodial */
  | 'FIXED_TERM_IMPRISONMENT'
  /** 无期徒刑: life imprisonment, custodial */
  | 'LIFE_IMPRISONMENT'
  /** 管制: public surveillance, served in the community */
  | 'PUBLIC_SURVEILLANCE'
  /** 缓刑: probation, served in the community */
  | 'SUSPENDED_SENTENCE'
  /** A type code the hub does not know; see typeCode. Never counted as custodial. */
  | 'UNRECOGNISED';

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
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Person: ResolverTypeWrapper<PersonParent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ScreeningHits: ResolverTypeWrapper<ScreeningHits>;
  ScreeningSubjects: ScreeningSubjects;
  Sentence: ResolverTypeWrapper<SentenceRecord>;
  SentenceType: SentenceType;
  StringList: ResolverTypeWrapper<Scalars['StringList']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  Person: PersonParent;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  ScreeningHits: ScreeningHits;
  ScreeningSubjects: ScreeningSubjects;
  Sentence: SentenceRecord;
  StringList: Scalars['StringList']['output'];
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type PersonResolvers<ContextType = JusticeContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  custodySentenceAt?: Resolver<Maybe<ResolversTypes['Sentence']>, ParentType, ContextType, RequireFields<PersonCustodySentenceAtArgs, 'date'>>;
  idNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inCustodyAt?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<PersonInCustodyAtArgs, 'date'>>;
  sentences?: Resolver<Maybe<Array<ResolversTypes['Sentence']>>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = JusticeContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  screenCustody?: Resolver<ResolversTypes['ScreeningHits'], ParentType, ContextType, RequireFields<QueryScreenCustodyArgs, 'subjects'>>;
  sentence?: Resolver<Maybe<ResolversTypes['Sentence']>, ParentType, ContextType, RequireFields<QuerySentenceArgs, 'offenderNumber'>>;
}>;

export type ScreeningHitsResolvers<ContextType = JusticeContext, ParentType extends ResolversParentTypes['ScreeningHits'] = ResolversParentTypes['ScreeningHits']> = ResolversObject<{
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SentenceResolvers<ContextType = JusticeContext, ParentType extends ResolversParentTypes['Sentence'] = ResolversParentTypes['Sentence']> = ResolversObject<{
  actualReleaseDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  custodial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  facility?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inCustodyAt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<SentenceInCustodyAtArgs, 'date'>>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  offenderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releaseDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SentenceType'], ParentType, ContextType>;
  typeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface StringListScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['StringList'], any> {
  name: 'StringList';
}

export type Resolvers<ContextType = JusticeContext> = ResolversObject<{
  Date?: GraphQLScalarType;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ScreeningHits?: ScreeningHitsResolvers<ContextType>;
  Sentence?: SentenceResolvers<ContextType>;
  StringList?: GraphQLScalarType;
}>;

