import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { PersonParent } from '../mappers.js';
import { RegistrationRecord } from '../../../adapters/public-security/records.js';
import { PublicSecurityContext } from '../context.js';
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
  /** An instant, ISO 8601 in UTC. */
  DateTime: { input: string; output: string; }
  /** A list of strings or nulls as one value: a column of thousands of entries, checked in one pass. */
  NullableStringList: { input: (string | null)[]; output: (string | null)[]; }
  /** A list of strings as one value: a column of thousands of entries, checked in one pass. */
  StringList: { input: string[]; output: string[]; }
  _FieldSet: { input: any; output: any; }
};

/** A citizen, keyed by the normalised 18-character ID number. Every department adds its own facts. */
export type Person = {
  __typename?: 'Person';
  /** Completed years of age on `date` (YYYY-MM-DD) by the register's date of birth. */
  ageAt?: Maybe<Scalars['Int']['output']>;
  idNumber: Scalars['ID']['output'];
  /** Whether the register shows the person alive and registered on `date` (YYYY-MM-DD); null when unknown to the register. */
  registeredAt?: Maybe<Scalars['Boolean']['output']>;
  /** The population register's entry; null when the register has no such person. */
  registration?: Maybe<Registration>;
};


/** A citizen, keyed by the normalised 18-character ID number. Every department adds its own facts. */
export type PersonAgeAtArgs = {
  date: Scalars['Date']['input'];
};


/** A citizen, keyed by the normalised 18-character ID number. Every department adds its own facts. */
export type PersonRegisteredAtArgs = {
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
   * A person in the population register (公安 常住人口信息), by citizen ID number (18 characters,
   * a lower-case x and surrounding spaces are accepted). Null when the register has no such person.
   */
  person?: Maybe<Person>;
  /** Several persons at once, in the order asked; null where the register has no such person. */
  persons: Array<Maybe<Person>>;
  /**
   * The ID numbers of the persons whose registered residence lies in a division: `divisionPrefix` is
   * 2 to 12 leading digits of the register's division code (6: county, 9: township, 12: village).
   * Every registration status counts, deceased and cancelled too; `bornOnOrBefore` (YYYY-MM-DD) keeps
   * only persons born on or before that day. Rows whose ID number is not a valid citizen ID number
   * are left out. One page at a time, by division code then ID number: pass the previous page's
   * `endCursor` as `after`; `first` 1 to 10,000.
   */
  personsInDivision: PersonIdPage;
  /**
   * Screening for the cross-check engine against the population register, each subject at its date:
   * PERSON_UNKNOWN (a valid ID number the register does not hold; no other rule is then reported for
   * the subject), NAME_MISMATCH (the name differs from the registered one after trimming; not checked
   * when `name` is null), DECEASED (a date of death before the date, whatever the registration status),
   * REGISTRATION_CANCELLED (status CANCELLED with a cancellation date before the date), REGION_MISMATCH (the
   * first 6 characters of the registered division code differ from `countyCode`, or the register holds
   * no division code) and, when `checkAge80`, UNDER_AGE (younger than 80 on the date by the registered
   * date of birth; not reported when the register holds no valid date of birth). Only hits are
   * returned; subjects with an invalid ID number match nothing. At most 10,000 subjects per call.
   */
  screenRegister: RegisterScreeningHits;
};


export type QueryPersonArgs = {
  idNumber: Scalars['String']['input'];
};


export type QueryPersonsArgs = {
  idNumbers: Array<Scalars['String']['input']>;
};


export type QueryPersonsInDivisionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  bornOnOrBefore?: InputMaybe<Scalars['Date']['input']>;
  divisionPrefix: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryScreenRegisterArgs = {
  subjects: RegisterScreeningSubjects;
};

/**
 * The register's findings of a screening question, one list per field, every list one entry per hit (hit i is
 * `keys[i]`, `rules[i]`, `evidence[i]`): the subject's key, the rule code, and the evidence in plain
 * words. Hits come in the subjects' order, a subject's hits in the order of the rule table.
 */
export type RegisterScreeningHits = {
  __typename?: 'RegisterScreeningHits';
  /**
   * Each subject's registered residence, in the subjects' order: the 12-digit division code, null for
   * an invalid ID number or a person the register does not know. The cross-check shows it beside the
   * subject's findings, so it need not ask the register a second time.
   */
  divisionCodes: Scalars['NullableStringList']['output'];
  evidence: Array<Scalars['String']['output']>;
  keys: Array<Scalars['ID']['output']>;
  rules: Array<Scalars['String']['output']>;
};

/**
 * Payees to screen against the register, one list per field, every list one entry per subject
 * (subject i is `keys[i]`, `idNumbers[i]`, ...): lists of plain values cost the gateway and the
 * subgraph far less than thousands of input objects.
 */
export type RegisterScreeningSubjects = {
  /** Whether each subject's programme requires an age of 80. */
  checkAge80: Scalars['BooleanList']['input'];
  /** Each subject's disbursing county (6 digits). */
  countyCodes: Scalars['StringList']['input'];
  /** Each subject's date (YYYY-MM-DD). */
  dates: Scalars['StringList']['input'];
  /** Each subject's ID number (normalised by the hub). */
  idNumbers: Scalars['StringList']['input'];
  /** The caller's opaque key of each subject, returned with its hits. */
  keys: Scalars['StringList']['input'];
  /** Each subject's name as paid; null: do not compare names. */
  names: Scalars['NullableStringList']['input'];
};

export type Registration = {
  __typename?: 'Registration';
  address?: Maybe<Scalars['String']['output']>;
  birthDate?: Maybe<Scalars['Date']['output']>;
  cancellationDate?: Maybe<Scalars['Date']['output']>;
  countyCode?: Maybe<Scalars['String']['output']>;
  deathDate?: Maybe<Scalars['Date']['output']>;
  /** 12-digit division code of the registered residence: county (6) + township (3) + village (3). */
  divisionCode?: Maybe<Scalars['String']['output']>;
  /** GB 3304 ethnic group code; 01 is Han. */
  ethnicCode?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  sex: Sex;
  /** GB/T 2261.1 code as stored. */
  sexCode?: Maybe<Scalars['String']['output']>;
  status: RegistrationStatus;
  statusCode?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type RegistrationStatus =
  /** Registration cancelled: emigrated, duplicate registration, ... */
  | 'CANCELLED'
  | 'DECEASED'
  | 'NORMAL'
  /** A status code the hub does not know; see statusCode. */
  | 'UNRECOGNISED';

export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'UNKNOWN';

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
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  NullableStringList: ResolverTypeWrapper<Scalars['NullableStringList']['output']>;
  Person: ResolverTypeWrapper<PersonParent>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PersonIdPage: ResolverTypeWrapper<PersonIdPage>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterScreeningHits: ResolverTypeWrapper<RegisterScreeningHits>;
  RegisterScreeningSubjects: RegisterScreeningSubjects;
  Registration: ResolverTypeWrapper<RegistrationRecord>;
  RegistrationStatus: RegistrationStatus;
  Sex: Sex;
  StringList: ResolverTypeWrapper<Scalars['StringList']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BooleanList: Scalars['BooleanList']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  NullableStringList: Scalars['NullableStringList']['output'];
  Person: PersonParent;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  PersonIdPage: PersonIdPage;
  String: Scalars['String']['output'];
  Query: Record<PropertyKey, never>;
  RegisterScreeningHits: RegisterScreeningHits;
  RegisterScreeningSubjects: RegisterScreeningSubjects;
  Registration: RegistrationRecord;
  StringList: Scalars['StringList']['output'];
}>;

export interface BooleanListScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['BooleanList'], any> {
  name: 'BooleanList';
}

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface NullableStringListScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NullableStringList'], any> {
  name: 'NullableStringList';
}

export type PersonResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ageAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<PersonAgeAtArgs, 'date'>>;
  idNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registeredAt?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<PersonRegisteredAtArgs, 'date'>>;
  registration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType>;
}>;

export type PersonIdPageResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['PersonIdPage'] = ResolversParentTypes['PersonIdPage']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  idNumbers?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'idNumber'>>;
  persons?: Resolver<Array<Maybe<ResolversTypes['Person']>>, ParentType, ContextType, RequireFields<QueryPersonsArgs, 'idNumbers'>>;
  personsInDivision?: Resolver<ResolversTypes['PersonIdPage'], ParentType, ContextType, RequireFields<QueryPersonsInDivisionArgs, 'divisionPrefix' | 'first'>>;
  screenRegister?: Resolver<ResolversTypes['RegisterScreeningHits'], ParentType, ContextType, RequireFields<QueryScreenRegisterArgs, 'subjects'>>;
}>;

export type RegisterScreeningHitsResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['RegisterScreeningHits'] = ResolversParentTypes['RegisterScreeningHits']> = ResolversObject<{
  divisionCodes?: Resolver<ResolversTypes['NullableStringList'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RegistrationResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['Registration'] = ResolversParentTypes['Registration']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  cancellationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deathDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  divisionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ethnicCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  sexCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export interface StringListScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['StringList'], any> {
  name: 'StringList';
}

export type Resolvers<ContextType = PublicSecurityContext> = ResolversObject<{
  BooleanList?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  NullableStringList?: GraphQLScalarType;
  Person?: PersonResolvers<ContextType>;
  PersonIdPage?: PersonIdPageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterScreeningHits?: RegisterScreeningHitsResolvers<ContextType>;
  Registration?: RegistrationResolvers<ContextType>;
  StringList?: GraphQLScalarType;
}>;

