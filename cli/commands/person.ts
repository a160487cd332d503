/**
 * `hub person <ID>`: one person's whole picture through the gateway: every payment line across
 * programmes with its status, failure reason and credit time, the registered accounts and social
 * security cards, and what each department knows (register, dibao household and its members,
 * supported-person status, disability certificates over time, sentences, insured employment).
 */
import { parseArgs } from 'node:util';
import { isIsoDate } from '../../lib/dates.js';
import { ID_NUMBER_PROBLEM_TEXT, idNumberProblem, normaliseIdNumber } from '../../lib/id-number.js';
import { EXIT, UsageError, write, type CliIO, type Command } from '../command.js';
import { asUsageError, gatewayClient } from '../gateway-client.js';
import { EXPORT_FORMATS, exportSheets, single, type Column, type ExportFormat, type Sheet } from '../tabular.js';

/** The whole picture; `beneficiary` answers even when the register does not know the person. */
export const PERSON_OPERATION = `query CliPerson($id: String!, $date: String!) {
  person: beneficiary(idNumber: $id) {
    idNumber
    registration { name sex birthDate divisionCode address status statusCode deathDate cancellationDate }
    registeredAt(date: $date)
    paymentLines {
      id amount status statusCode failureReason creditedAt accountNumber
      batch { batchNumber period countyCode sentToBankAt programme { code name } }
    }
    registeredAccounts { recordId accountType bankCode accountNumber inUse registeredOn }
    socialSecurityCards { cardNumber bankCode accountNumber status issueDate }
    dibaoMemberships {
      relation
      household { householdNumber divisionCode category monthlyAllowance startDate endDate activeAt(date: $date) members { idNumber name relation } }
    }
    onDibaoAt(date: $date)
    extremePovertySupport { recordId form startDate endDate activeAt(date: $date) }
    supportedAt(date: $date)
    disabilityCertificates { certificateNumber category level issueDate validUntil cancellationDate validAt(date: $date) }
    sentences { offenderNumber type startDate endDate releaseDate custodial inCustodyAt(date: $date) }
    inCustodyAt(date: $date)
    insuredEmployments { employerName employerType startDate endDate activeAt(date: $date) }
  }
}`;

const USAGE = `Usage:
  npx hub person <ID number> [--date YYYY-MM-DD] [--format table|csv|jsonl|xlsx] [--out FILE] [--token JWT]

Shows one person's facts from every department through the gateway: payment lines across all
programmes (status, failure reason, credited at), registered accounts, social security cards,
register status, dibao household and its members, supported-person status, disability
certificates over time, sentences and insured employment. Date-dependent facts (on dibao, in
custody, certificate valid, ...) are for --date (default: today).

  --format   table (default): every section; csv: the payment lines (UTF-8 with BOM, Chinese
             headers); jsonl: the whole picture as one JSON object; xlsx: one sheet per section
  --out FILE write to FILE instead of stdout (required for xlsx)
`;

interface Options {
  id: string;
  date: string;
  format: ExportFormat;
  out?: string;
  token?: string;
}

function parse(args: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { date: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, token: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('. To specify')[0]!);
  }
  if (parsed.values.help) return 'help';
  if (parsed.positionals.length !== 1) throw new UsageError('give exactly one ID number');
  const id = normaliseIdNumber(parsed.positionals[0]);
  const problem = idNumberProblem(id);
  // The number itself is not echoed: error output ends up in logs.
  if (problem) throw new UsageError(`the ID number is not a valid citizen ID number: ${ID_NUMBER_PROBLEM_TEXT[problem]}`);
  const date = parsed.values.date?.trim() ?? new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  if (!isIsoDate(date)) throw new UsageError(`--date must be a calendar date written YYYY-MM-DD, not "${date}"`);
  const format = (parsed.values.format ?? 'table') as ExportFormat;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format}"`);
  if (format === 'xlsx' && !parsed.values.out) throw new UsageError('--format xlsx needs --out FILE');
  return { id, date, format, out: parsed.values.out, token: parsed.values.token };
}

type Row = Record<string, unknown>;
const col = (key: string, header: string, label: string, width: number, value: (r: any) => unknown, kind?: Column<Row>['kind']): Column<Row> => ({
  key,
  header,
  label,
  width,
  kind,
  value: (r) => {
    const v = value(r);
    return v === null || v === undefined ? null : typeof v === 'boolean' ? (v ? '是' : '否') : (v as string | number);
  },
});

/** The sections of the picture, as sheets; `date` labels the date-dependent columns. */
export function personSheets(person: any, date: string): Sheet<Row>[] {
  const list = (value: unknown) => single((value as Row[] | null) ?? []);
  const registration = person.registration ? [{ ...person.registration, registeredAt: person.registeredAt }] : [];
  const memberships = (person.dibaoMemberships ?? []).flatMap((m: any) =>
    (m.household.members.length ? m.household.members : [null]).map((member: any) => ({ ...m, member })),
  );
  return [
    {
      name: '发放明细',
      columns: [
        col('lineId', '明细编号', 'Line', 12, (r) => r.id),
        col('programme', '项目', 'Programme', 10, (r) => r.batch.programme?.code),
        col('programmeName', '项目名称', 'Name', 18, (r) => r.batch.programme?.name),
        col('period', '期间', 'Period', 8, (r) => r.batch.period),
        col('batchNumber', '批次号', 'Batch', 22, (r) => r.batch.batchNumber),
        col('county', '发放县区', 'County', 8, (r) => r.batch.countyCode),
        col('accountNumber', '收款账号', 'Account', 20, (r) => r.accountNumber),
        col('amount', '金额（元）', 'Amount', 12, (r) => r.amount, 'amount'),
        col('status', '状态', 'Status', 9, (r) => r.status),
        col('failureReason', '失败原因', 'Failure', 12, (r) => r.failureReason),
        col('sentToBankAt', '报送银行时间', 'Sent', 24, (r) => r.batch.sentToBankAt),
        col('creditedAt', '到账时间', 'Credited', 24, (r) => r.creditedAt),
      ],
      rows: list(person.paymentLines),
    },
    {
      name: '户籍登记',
      columns: [
        col('name', '姓名', 'Name', 8, (r) => r.name),
        col('sex', '性别', 'Sex', 7, (r) => r.sex),
        col('birthDate', '出生日期', 'Born', 10, (r) => r.birthDate),
        col('divisionCode', '户籍区划', 'Division', 12, (r) => r.divisionCode),
        col('status', '人员状态', 'Status', 10, (r) => r.status),
        col('deathDate', '死亡日期', 'Died', 10, (r) => r.deathDate),
        col('cancellationDate', '注销日期', 'Cancelled', 10, (r) => r.cancellationDate),
        col('registeredAt', `${date}在册`, 'Registered', 10, (r) => r.registeredAt),
        col('address', '户籍地址', 'Address', 30, (r) => r.address),
      ],
      rows: single(registration),
    },
    {
      name: '登记账户',
      columns: [
        col('recordId', '记录号', 'Record', 8, (r) => r.recordId),
        col('accountType', '账户类型', 'Type', 20, (r) => r.accountType),
        col('bankCode', '开户行', 'Bank', 6, (r) => r.bankCode),
        col('accountNumber', '账号', 'Account', 20, (r) => r.accountNumber),
        col('inUse', '在用', 'In use', 6, (r) => r.inUse),
        col('registeredOn', '登记日期', 'Registered', 10, (r) => r.registeredOn),
      ],
      rows: list(person.registeredAccounts),
    },
    {
      name: '社保卡',
      columns: [
        col('cardNumber', '社保卡号', 'Card', 16, (r) => r.cardNumber),
        col('bankCode', '银行', 'Bank', 6, (r) => r.bankCode),
        col('accountNumber', '金融账号', 'Account', 20, (r) => r.accountNumber),
        col('status', '卡状态', 'Status', 14, (r) => r.status),
        col('issueDate', '发卡日期', 'Issued', 10, (r) => r.issueDate),
      ],
      rows: list(person.socialSecurityCards),
    },
    {
      name: '低保家庭',
      columns: [
        col('householdNumber', '家庭编号', 'Household', 14, (r) => r.household.householdNumber),
        col('relation', '本人关系', 'Relation', 8, (r) => r.relation),
        col('category', '类别', 'Category', 8, (r) => r.household.category),
        col('monthlyAllowance', '月保障金（元）', 'Allowance', 12, (r) => r.household.monthlyAllowance, 'amount'),
        col('startDate', '纳保日期', 'From', 10, (r) => r.household.startDate),
        col('endDate', '退保日期', 'Until', 10, (r) => r.household.endDate),
        col('activeAt', `${date}在保`, 'Active', 8, (r) => r.household.activeAt),
        col('memberName', '成员姓名', 'Member', 8, (r) => r.member?.name),
        col('memberRelation', '成员关系', 'Relation', 8, (r) => r.member?.relation),
        col('memberIdNumber', '成员身份证号', 'Member ID', 18, (r) => r.member?.idNumber),
      ],
      rows: single(memberships),
    },
    {
      name: '特困供养',
      columns: [
        col('recordId', '记录号', 'Record', 8, (r) => r.recordId),
        col('form', '供养方式', 'Form', 14, (r) => r.form),
        col('startDate', '开始日期', 'From', 10, (r) => r.startDate),
        col('endDate', '终止日期', 'Until', 10, (r) => r.endDate),
        col('activeAt', `${date}在供养`, 'Active', 8, (r) => r.activeAt),
      ],
      rows: list(person.extremePovertySupport),
    },
    {
      name: '残疾人证',
      columns: [
        col('certificateNumber', '残疾人证号', 'Certificate', 20, (r) => r.certificateNumber),
        col('category', '类别', 'Category', 12, (r) => r.category),
        col('level', '等级', 'Level', 5, (r) => r.level, 'count'),
        col('issueDate', '发证日期', 'Issued', 10, (r) => r.issueDate),
        col('validUntil', '有效期至', 'Valid until', 10, (r) => r.validUntil),
        col('cancellationDate', '注销日期', 'Cancelled', 10, (r) => r.cancellationDate),
        col('validAt', `${date}有效`, 'Valid', 8, (r) => r.validAt),
      ],
      rows: list(person.disabilityCertificates),
    },
    {
      name: '服刑记录',
      columns: [
        col('offenderNumber', '罪犯编号', 'Offender', 14, (r) => r.offenderNumber),
        col('type', '刑种', 'Type', 24, (r) => r.type),
        col('startDate', '刑期起', 'From', 10, (r) => r.startDate),
        col('endDate', '刑期止', 'Until', 10, (r) => r.endDate),
        col('releaseDate', '释放日期', 'Released', 10, (r) => r.releaseDate),
        col('inCustodyAt', `${date}在押`, 'In custody', 8, (r) => r.inCustodyAt),
      ],
      rows: list(person.sentences),
    },
    {
      name: '单位参保',
      columns: [
        col('employerName', '单位名称', 'Employer', 24, (r) => r.employerName),
        col('employerType', '单位类型', 'Type', 18, (r) => r.employerType),
        col('startDate', '参保开始', 'From', 10, (r) => r.startDate),
        col('endDate', '参保终止', 'Until', 10, (r) => r.endDate),
        col('activeAt', `${date}在保`, 'Active', 8, (r) => r.activeAt),
      ],
      rows: list(person.insuredEmployments),
    },
  ];
}

export const personCommand: Command = {
  name: 'person',
  summary: "one person's payments and every department's facts",
  usage: USAGE,
  async run(args, io) {
    const options = parse(args);
    if (options === 'help') {
      io.stdout.write(USAGE);
      return EXIT.OK;
    }
    const { client } = gatewayClient(io, options.token);
    const data = await client
      .request<{ person: any }>(PERSON_OPERATION, { id: options.id, date: options.date })
      .catch((error: unknown) => asUsageError(error, { idNumber: 'the ID number', date: '--date' }));
    const person = data.person;
    const target = { file: options.out, stdout: io.stdout };
    if (options.format === 'jsonl') {
      const text = `${JSON.stringify({ date: options.date, ...person })}\n`;
      if (options.out) {
        const { writeFile } = await import('node:fs/promises');
        await writeFile(options.out, text);
      } else {
        await write(io.stdout, text);
      }
    } else {
      const sheets = personSheets(person, options.date);
      await exportSheets(options.format, options.format === 'csv' ? [sheets[0]!] : sheets, target);
    }
    const lines = person.paymentLines?.length ?? 0;
    const notes = [
      person.registration ? null : 'the population register holds no such person',
      ...['paymentLines', 'registration', 'dibaoMemberships', 'extremePovertySupport', 'disabilityCertificates', 'sentences', 'socialSecurityCards', 'insuredEmployments', 'registeredAccounts']
        .filter((k) => person[k] === null && k !== 'registration')
        .map((k) => `${k} could not be read (department unavailable)`),
    ].filter(Boolean);
    io.stderr.write(`${lines} payment lines${notes.length ? `; ${notes.join('; ')}` : ''}\n`);
    if (options.out) io.stderr.write(`Wrote ${options.format} to ${options.out}\n`);
    return EXIT.OK;
  },
};
