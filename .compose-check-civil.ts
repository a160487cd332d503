import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { readFileSync, existsSync } from 'node:fs';
const names = ['public-security', 'justice', 'civil-affairs', 'hr', 'disability', 'finance'].filter((n) => existsSync(`schema/${n}.graphql`));
const r = composeServices(names.map((n) => ({ name: n.replace('-', '_'), url: `http://x/${n}`, typeDefs: parse(readFileSync(`schema/${n}.graphql`, 'utf8')) })));
console.log(names.join(','), r.errors ? r.errors.map((e) => e.message) : 'composed OK', (r.hints ?? []).filter((h) => /civil|Dibao|Support|Decimal|Screening/i.test(h.toString())).map((h) => h.toString()));
