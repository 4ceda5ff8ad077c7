import { parseDocument, visit } from 'yaml';
const d = parseDocument("a: !Neu x\nb: plain\nc: !!str 1\nd: &x [1]\ne: *x\nf: !!binary aGk=\n", { uniqueKeys: true });
visit(d, { Node(k, n) { console.log(k, n.constructor.name, n.tag, n.source ?? ''); } });
console.log(d.errors.map(e=>e.code), d.warnings.map(e=>e.code+':'+e.message));
