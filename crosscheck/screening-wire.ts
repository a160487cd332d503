/**
 * The screening questions' wire format, as the engine sends and reads it: subjects as one list per
 * field (`keys`, `idNumbers`, `dates`, ...) and hits as one list per field (`keys`, `rules`,
 * `evidence`). Plain lists cost the gateway and the subgraphs far less to coerce, execute and
 * serialise than thousands of small objects, and every ID number is still a string of its own,
 * which the audit log finds in the request.
 */

/** The subjects of one question: the document's variable (`columns`) and how many subjects it holds. */
export interface Subjects<Columns extends object> {
  readonly length: number;
  readonly columns: Columns;
}

/** A question's answer as the departments send it: hit i is (keys[i], rules[i], evidence[i]). */
export interface HitColumns {
  keys: readonly string[];
  rules: readonly string[];
  evidence: readonly string[];
}

/** One finding of a department, naming the subject by its key. */
export interface ScreeningHit {
  key: string;
  rule: string;
  evidence: string;
}

/**
 * The request body every service on the way reads at most: the gateway's HUB_MAX_BODY_BYTES
 * default, which is also what each subgraph reads.
 */
export const DEFAULT_BODY_BUDGET = 1_000_000;

/**
 * What a request holds besides the subjects' lists, with room to spare: the operation text (the
 * gateway's own for the subgraph is about as long), its name and the JSON around the variables.
 */
export const REQUEST_ENVELOPE_BYTES = 2_000;

/** The bytes the columns take in a JSON request body. */
export function columnsBytes(columns: object): number {
  return Buffer.byteLength(JSON.stringify(columns), 'utf8');
}

function sliceColumns<Columns extends object>(columns: Columns, start: number, end: number): Columns {
  if (Array.isArray(columns)) return columns.slice(start, end) as Columns;
  return Object.fromEntries(Object.entries(columns).map(([name, list]) => [name, (list as unknown[]).slice(start, end)])) as Columns;
}

/** Text JSON writes as it is, one byte a character: printable ASCII but the quote and the backslash. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * At least the bytes the columns take in a JSON request body, without writing it: plain ASCII
 * takes a byte a character, any other UTF-16 unit at most 6 bytes (`\u001f`), a value at most 6
 * more (quotes, comma, `false`), a list its brackets, name and quotes.
 */
export function columnsBytesAtMost(columns: object): number {
  let bytes = 2;
  for (const [name, list] of Object.entries(columns)) {
    bytes += name.length * 6 + 6;
    if (!Array.isArray(list)) return Number.POSITIVE_INFINITY;
    for (let i = 0; i < list.length; i++) {
      const value: unknown = list[i];
      if (typeof value === 'string') bytes += (PLAIN_ASCII.test(value) ? value.length : value.length * 6) + 6;
      else if (typeof value === 'boolean' || value === null) bytes += 6;
      else return Number.POSITIVE_INFINITY;
    }
  }
  return bytes;
}

/**
 * The subjects in as few parts as keep every request body within `budget`, halving a part until it
 * fits; a lone subject is never split further (the gateway then refuses it, and the question fails).
 */
export function partsWithin<Columns extends object>(subjects: Subjects<Columns>, budget: number): Subjects<Columns>[] {
  // Almost always the bound alone shows that the subjects fit: no body is written twice.
  if (subjects.length <= 1 || columnsBytesAtMost(subjects.columns) + REQUEST_ENVELOPE_BYTES <= budget) return [subjects];
  if (columnsBytes(subjects.columns) + REQUEST_ENVELOPE_BYTES <= budget) return [subjects];
  const half = Math.ceil(subjects.length / 2);
  const first = { length: half, columns: sliceColumns(subjects.columns, 0, half) };
  const rest = { length: subjects.length - half, columns: sliceColumns(subjects.columns, half, subjects.length) };
  return [...partsWithin(first, budget), ...partsWithin(rest, budget)];
}

/** The hits as rows for the assessment; lists of different lengths are a department's fault, never half-read. */
export function hitRowsOf(hits: HitColumns): ScreeningHit[] {
  const { keys, rules, evidence } = hits;
  if (rules.length !== keys.length || evidence.length !== keys.length) {
    throw new Error(`the answer's hit lists differ in length (${keys.length} keys, ${rules.length} rules, ${evidence.length} evidence)`);
  }
  const rows: ScreeningHit[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) rows[i] = { key: keys[i]!, rule: rules[i]!, evidence: evidence[i]! };
  return rows;
}
