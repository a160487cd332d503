/**
 * GraphQL's own errors about a value ("String cannot represent a non string value: …", "Expected
 * value of type "Date!", found "2024-02-31"", "Variable "$d" got invalid value …") say what is wrong
 * but not which argument: here they become BAD_USER_INPUT naming it (`argumentName`, a path like
 * `filter.periodFrom`), with the value echoed bounded and any ID number masked (lib/echo.ts). The
 * gateway uses this on the operations it admits, every subgraph on the ones it validates.
 */
import { GraphQLError, Kind, parse, visit, type ASTNode, type DocumentNode } from 'graphql';
import { boundEchoes } from './echo.js';
import { badUserInput, ErrorCode, hubError } from './errors.js';

export interface ArgumentPaths {
  /** Each argument, object field and value node inside an argument -> `filter.periodFrom`. */
  byNode: Map<ASTNode, string>;
  /** Each variable -> the first argument it is passed to. */
  byVariable: Map<string, string>;
}

/** Where every value of the document sits, as the argument path a caller knows it by. */
export function argumentPaths(document: DocumentNode): ArgumentPaths {
  const byNode = new Map<ASTNode, string>();
  const byVariable = new Map<string, string>();
  const path: string[] = [];
  const record = (node: ASTNode) => {
    if (path.length > 0) byNode.set(node, path.join('.'));
  };
  const leave = () => {
    path.pop();
  };
  visit(document, {
    // A variable's default value is not an argument; its problems are the variable's.
    VariableDefinition: () => false,
    Argument: {
      enter(node) {
        path.push(node.name.value);
        record(node);
      },
      leave,
    },
    ObjectField: {
      // An object field is reported only when its type has no such field: that is the object's problem.
      enter(node) {
        record(node);
        path.push(node.name.value);
      },
      leave,
    },
    Variable(node) {
      record(node);
      if (path.length > 0 && !byVariable.has(node.name.value)) byVariable.set(node.name.value, path.join('.'));
    },
    enter: record,
  });
  return { byNode, byVariable };
}

/** The argument path of the first of the error's nodes that lies inside an argument. */
function argumentNodeOf(error: GraphQLError, paths: ArgumentPaths): { node: ASTNode; path: string } | undefined {
  for (const node of error.nodes ?? []) {
    const path = paths.byNode.get(node);
    if (path !== undefined) return { node, path };
  }
  return undefined;
}

/**
 * The same nodes in a fresh parse of the error's source, for errors that come without the document
 * they were found in (Apollo Server's formatError): matched by kind and position.
 */
function pathsFromSource(error: GraphQLError): ArgumentPaths | undefined {
  if (!error.source) return undefined;
  let document: DocumentNode;
  try {
    document = parse(error.source.body);
  } catch {
    return undefined;
  }
  const fresh = argumentPaths(document);
  const byPosition = new Map<string, string>();
  for (const [node, path] of fresh.byNode) if (node.loc) byPosition.set(`${node.kind}@${node.loc.start}`, path);
  const byNode = new Map<ASTNode, string>();
  for (const node of error.nodes ?? []) {
    const path = node.loc ? byPosition.get(`${node.kind}@${node.loc.start}`) : undefined;
    if (path !== undefined) byNode.set(node, path);
  }
  return { byNode, byVariable: fresh.byVariable };
}

/**
 * `error` named by the argument at fault. A variable that could not be coerced (`kind`
 * 'variables') is BAD_USER_INPUT with `argumentName` (the argument it feeds) and `variableName`; a
 * validation error about a value is BAD_USER_INPUT with `argumentName`, one about a variable
 * declared with the wrong type stays a validation error (the document is at fault, not a value).
 * Null when the error concerns no argument.
 */
export function namedInputError(
  error: GraphQLError,
  kind: 'validation' | 'variables',
  paths: ArgumentPaths | undefined = pathsFromSource(error),
): GraphQLError | null {
  if (!paths) return null;
  const message = boundEchoes(error.message);
  if (kind === 'variables') {
    const definition = (error.nodes ?? []).find((node) => node.kind === Kind.VARIABLE_DEFINITION);
    if (definition?.kind !== Kind.VARIABLE_DEFINITION) return null;
    const variableName = definition.variable.name.value;
    return hubError(ErrorCode.BAD_USER_INPUT, message, { argumentName: paths.byVariable.get(variableName) ?? `$${variableName}`, variableName });
  }
  const found = argumentNodeOf(error, paths);
  if (!found) return null;
  if (found.node.kind === Kind.VARIABLE) return hubError(ErrorCode.GRAPHQL_VALIDATION_FAILED, message, { argumentName: found.path });
  return badUserInput(found.path, `has an invalid value: ${message}`);
}
