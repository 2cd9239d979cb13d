// Throughput of plan queries, as ratios to a trivial query measured in the same run (see run-cases.ts).
import { benchmark } from './run-cases';

const TASK_FIELDS =
  'code title startYear endYear section { code } leadAgencies { code } coordinatingAgencies { code } targets { metric minValue maxValue per }';

benchmark('bench', [
  ['task(code) with agencies and targets', `{ task(code: "III.5") { ${TASK_FIELDS} } }`],
  ['tasks(first: 5) with agencies and targets', `{ tasks(first: 5) { totalCount edges { node { ${TASK_FIELDS} } } } }`],
  ['tasks(first: 100) with agencies and targets', `{ tasks(first: 100) { totalCount edges { node { ${TASK_FIELDS} } } } }`],
  ['agencies(first: 100) with tasks', '{ agencies(first: 100) { edges { node { code tasks(role: LEAD) { code } } } } }'],
  ['administrativeUnits(first: 100) with parent', '{ administrativeUnits(first: 100) { edges { node { code name parent { code } } } } }'],
]);
