// `npm run eval:ask`: asks every question of the evaluation sets through the real core and
// prints accuracy per category. A measurement, not a test: it exits 0 unless `--min` is given.
// See docs/ask-eval.md.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createTestCore } from '../../src/main/core/test-core';
import { generateDemoStore } from '../../src/main/demo/generate-demo';
import { DuckDbWarehouse } from '../../src/main/warehouse/duckdb-warehouse';
import type { Warehouse } from '../../src/main/warehouse/warehouse';
import { AskAnswer } from '../../src/shared/contract/ask';
import { ImportResult } from '../../src/shared/contract/import';
import { describeRows, judge, type ExpectedTable, type Verdict } from './compare';
import { demoSet, DEMO_SCALE, DEMO_SEED } from './demo-questions';
import { ONLINE_RETAIL_CSV, onlineRetailSet, onlineRetailTableSql } from './online-retail-questions';
import { categories, intents, requiredTimeKinds, type EvalCase, type EvalSet } from './types';

const MIN_DEMO_CASES = 150;
const MIN_RETAIL_CASES = 30;

const log = (line = ''): void => void process.stdout.write(`${line}\n`);
const progress = (line: string): void => void process.stderr.write(`${line}\n`);

const { values: options } = parseArgs({
  options: {
    set: { type: 'string', default: 'all' },
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    min: { type: 'string' },
    'check-sql': { type: 'boolean', default: false },
  },
});

// ---------------------------------------------------------------------------------------------
// Validation of the question files

const validateSet = (set: EvalSet, minimum: number, full: boolean): string[] => {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const evalCase of set.cases) {
    if (seen.has(evalCase.id)) problems.push(`${set.id}: duplicate id "${evalCase.id}"`);
    if (evalCase.followUpOf !== undefined && !seen.has(evalCase.followUpOf)) {
      problems.push(`${set.id}/${evalCase.id}: followUpOf "${evalCase.followUpOf}" is not an earlier case`);
    }
    if (evalCase.followUpOf !== undefined && evalCase.category !== 'follow-up') {
      problems.push(`${set.id}/${evalCase.id}: a case with followUpOf belongs in the follow-up category`);
    }
    if (evalCase.question.trim() === '') problems.push(`${set.id}/${evalCase.id}: empty question`);
    seen.add(evalCase.id);
  }
  if (set.cases.length < minimum) problems.push(`${set.id}: ${set.cases.length} cases, at least ${minimum} wanted`);
  if (full) {
    const present = new Set(set.cases.map((evalCase) => evalCase.category));
    for (const category of categories) {
      if (!present.has(category)) problems.push(`${set.id}: no case in category "${category}"`);
    }
    const kinds = new Set(set.cases.map((evalCase) => evalCase.time));
    for (const kind of requiredTimeKinds) {
      if (!kinds.has(kind)) problems.push(`${set.id}: no case with the time phrase kind "${kind}"`);
    }
    const covered = new Set(set.cases.flatMap((evalCase) => [evalCase.intent, evalCase.category]));
    for (const intent of intents) {
      if (!covered.has(intent)) problems.push(`${set.id}: no case with the intent "${intent}"`);
    }
  }
  return problems;
};

// ---------------------------------------------------------------------------------------------
// Running

interface Outcome {
  set: EvalSet;
  evalCase: EvalCase;
  verdict: Verdict;
  answer: AskAnswer | null;
  expected: ExpectedTable | null;
  ms: number;
}

const selected = (set: EvalSet, only: string | undefined): Set<string> => {
  const ids = new Set<string>();
  for (const evalCase of set.cases) {
    if (only === undefined || [evalCase.id, evalCase.category, evalCase.time].includes(only)) ids.add(evalCase.id);
  }
  return ids;
};

/** The chain a case belongs to, oldest first, so a follow-up is asked after what it follows. */
const withAncestors = (set: EvalSet, ids: Set<string>): EvalCase[] => {
  const byId = new Map(set.cases.map((evalCase) => [evalCase.id, evalCase]));
  const needed = new Set<string>();
  for (const id of ids) {
    let current = byId.get(id);
    while (current) {
      needed.add(current.id);
      current = current.followUpOf === undefined ? undefined : byId.get(current.followUpOf);
    }
  }
  return set.cases.filter((evalCase) => needed.has(evalCase.id));
};

const runExpected = async (warehouse: Warehouse, sql: string): Promise<ExpectedTable> => {
  const result = await warehouse.query(sql);
  return { columns: result.columns, rows: result.rows };
};

const expectedTables = async (
  set: EvalSet,
  cases: readonly EvalCase[],
  warehouse: Warehouse,
): Promise<Map<string, ExpectedTable | Error>> => {
  const tables = new Map<string, ExpectedTable | Error>();
  for (const evalCase of cases) {
    const { expect } = evalCase;
    if (expect.kind !== 'answer' || !('sql' in expect)) continue;
    try {
      tables.set(evalCase.id, await runExpected(warehouse, expect.sql));
    } catch (error) {
      tables.set(evalCase.id, error instanceof Error ? error : new Error(String(error)));
      progress(`${set.id}/${evalCase.id}: the expected SQL failed: ${String(error)}`);
    }
  }
  return tables;
};

type Invoke = (method: string, input: unknown) => Promise<unknown>;

const askSet = async (
  set: EvalSet,
  sourceId: string,
  invoke: Invoke,
  cases: readonly EvalCase[],
  scored: Set<string>,
  tables: Map<string, ExpectedTable | Error>,
): Promise<Outcome[]> => {
  const chats = new Map<string, string>();
  const outcomes: Outcome[] = [];
  let done = 0;
  for (const evalCase of cases) {
    const chatId = evalCase.followUpOf === undefined ? undefined : chats.get(evalCase.followUpOf);
    const started = performance.now();
    let answer: AskAnswer | null = null;
    let verdict: Verdict;
    try {
      const raw = await invoke('ask.question', {
        sourceId,
        question: evalCase.question,
        ...(chatId === undefined ? {} : { chatId }),
      });
      answer = AskAnswer.parse(raw);
      chats.set(evalCase.id, answer.chatId);
      const table = tables.get(evalCase.id) ?? null;
      verdict =
        table instanceof Error
          ? { ok: false, reason: `the expected SQL failed: ${table.message}` }
          : judge(evalCase.expect, answer, table);
    } catch (error) {
      verdict = { ok: false, reason: `ask.question failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    const ms = performance.now() - started;
    const table = tables.get(evalCase.id);
    if (scored.has(evalCase.id)) {
      outcomes.push({
        set,
        evalCase,
        verdict,
        answer,
        expected: table instanceof Error || table === undefined ? null : table,
        ms,
      });
    }
    done += 1;
    if (done % 25 === 0) progress(`  ${set.id}: ${done}/${cases.length} asked`);
  }
  return outcomes;
};

// ---------------------------------------------------------------------------------------------
// Reporting

const percent = (part: number, whole: number): string =>
  whole === 0 ? '    –' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;

const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

const table = (title: string, groups: Map<string, Outcome[]>): void => {
  log(`  ${title.padEnd(24)}${'cases'.padStart(7)}${'exact'.padStart(7)}${'accuracy'.padStart(10)}`);
  for (const [name, outcomes] of groups) {
    const right = outcomes.filter((outcome) => outcome.verdict.ok).length;
    log(
      `  ${name.padEnd(24)}${String(outcomes.length).padStart(7)}${String(right).padStart(7)}${percent(right, outcomes.length).padStart(10)}`,
    );
  }
};

const groupBy = (
  outcomes: readonly Outcome[],
  key: (outcome: Outcome) => string | undefined,
): Map<string, Outcome[]> => {
  const groups = new Map<string, Outcome[]>();
  for (const outcome of outcomes) {
    const name = key(outcome);
    if (name === undefined) continue;
    groups.set(name, [...(groups.get(name) ?? []), outcome]);
  }
  return groups;
};

const planLine = (answer: AskAnswer): string => {
  const chips = answer.chips.map((chip) => chip.label).join(' · ');
  const intent = answer.plan?.intent ?? 'no plan';
  return `${answer.kind}, ${intent}${chips === '' ? '' : `: ${chips}`}`;
};

const indent = (text: string, prefix: string): string =>
  text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');

const printFailure = (outcome: Outcome, verbose: boolean): void => {
  const { evalCase, answer, expected, verdict } = outcome;
  const follows = evalCase.followUpOf === undefined ? '' : ` (after ${evalCase.followUpOf})`;
  log(`  [${outcome.set.id}/${evalCase.id}] ${evalCase.question}${follows}`);
  log(`      why:      ${verdict.reason}`);
  if (answer) {
    log(`      plan:     ${planLine(answer)}`);
    if (answer.kind !== 'answer') log(`      message:  ${answer.message}`);
  }
  const { expect } = evalCase;
  if (expect.kind === 'answer' && 'sql' in expect && expected) {
    log(`      expected:`);
    log(indent(describeRows(expected.columns, expected.rows), '        '));
    if (answer && answer.kind === 'answer') {
      log(`      got:`);
      log(indent(describeRows(answer.columns, answer.rows), '        '));
    }
  }
  if (expect.kind === 'answer' && 'drivers' in expect && answer) {
    log(`      narrative: ${answer.narrative.join(' ') || '(none)'}`);
  }
  if (verbose) {
    if (expect.kind === 'answer' && 'sql' in expect) log(indent(`expected SQL:\n${expect.sql.trim()}`, '      '));
    if (answer?.sql) log(indent(`answer SQL:\n${answer.sql.trim()}`, '      '));
    if (answer && answer.notes.length > 0) log(`      notes:    ${answer.notes.join(' ')}`);
  }
};

const report = (outcomes: readonly Outcome[], verbose: boolean): Map<string, number> => {
  const accuracy = new Map<string, number>();
  for (const [setId, setOutcomes] of groupBy(outcomes, (outcome) => outcome.set.id)) {
    const set = setOutcomes[0]?.set;
    log();
    log(`${set?.label ?? setId} (relative dates from ${set?.anchor ?? '?'})`);
    table(
      'category',
      groupBy(setOutcomes, (outcome) => outcome.evalCase.category),
    );
    const right = setOutcomes.filter((outcome) => outcome.verdict.ok).length;
    log(
      `  ${'total'.padEnd(24)}${String(setOutcomes.length).padStart(7)}${String(right).padStart(7)}${percent(right, setOutcomes.length).padStart(10)}`,
    );
    accuracy.set(setId, setOutcomes.length === 0 ? 1 : right / setOutcomes.length);
  }

  const timed = groupBy(outcomes, (outcome) => outcome.evalCase.time);
  if (timed.size > 0) {
    log();
    log('By time phrase (both sets)');
    table('time phrase', new Map([...timed].sort(([a], [b]) => a.localeCompare(b))));
  }

  const times = outcomes.map((outcome) => outcome.ms);
  log();
  log(
    `Answer time: p50 ${quantile(times, 0.5).toFixed(0)} ms, p90 ${quantile(times, 0.9).toFixed(0)} ms, max ${quantile(times, 1).toFixed(0)} ms over ${times.length} questions`,
  );

  if (verbose) {
    log();
    log('Every case');
    for (const outcome of outcomes) {
      const mark = outcome.verdict.ok ? 'ok  ' : 'FAIL';
      const reading = outcome.answer ? planLine(outcome.answer) : 'no answer';
      log(`  ${mark} ${outcome.set.id}/${outcome.evalCase.id}: ${outcome.evalCase.question} -> ${reading}`);
    }
  }

  const failures = outcomes.filter((outcome) => !outcome.verdict.ok);
  if (failures.length > 0) {
    log();
    log(`Failures (${failures.length})`);
    for (const failure of failures) printFailure(failure, verbose);
  }
  return accuracy;
};

// ---------------------------------------------------------------------------------------------

const printExpected = (set: EvalSet, cases: readonly EvalCase[], tables: Map<string, ExpectedTable | Error>): void => {
  for (const evalCase of cases) {
    const found = tables.get(evalCase.id);
    if (found === undefined) continue;
    log(`[${set.id}/${evalCase.id}] ${evalCase.question}`);
    log(
      found instanceof Error
        ? `  FAILED: ${found.message}`
        : indent(describeRows(found.columns, found.rows, options.verbose ? 50 : 5), '  '),
    );
  }
};

const main = async (): Promise<number> => {
  const which = options.set;
  if (!['demo', 'retail', 'all'].includes(which)) {
    log(`--set must be demo, retail or all, not "${which}".`);
    return 2;
  }
  const problems = [
    ...validateSet(demoSet, MIN_DEMO_CASES, true),
    ...validateSet(onlineRetailSet, MIN_RETAIL_CASES, false),
  ];
  if (problems.length > 0) {
    log('The question files are not valid:');
    for (const problem of problems) log(`  ${problem}`);
    return 2;
  }

  const dataDir = join(tmpdir(), `aisle-eval-${DEMO_SEED}-${DEMO_SCALE}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const wantDemo = which !== 'retail';
  const retailAvailable = existsSync(ONLINE_RETAIL_CSV);
  const wantRetail = which !== 'demo' && retailAvailable && selected(onlineRetailSet, options.only).size > 0;
  if (which !== 'demo' && !retailAvailable) {
    log(`Skipping the Online Retail set: ${ONLINE_RETAIL_CSV} is not here (see /work/shared/data/README.md).`);
  }

  progress(`Generating the demo store (scale ${DEMO_SCALE}, seed ${DEMO_SEED}) in ${dataDir}…`);
  const summary = await generateDemoStore({ dataDir, scale: DEMO_SCALE, seed: DEMO_SEED });
  progress(`  ${summary.tables['order_items'] ?? 0} order lines in ${(summary.elapsedMs / 1000).toFixed(1)} s`);

  const core = createTestCore(dataDir);
  const invoke: Invoke = async (method, input) => {
    const envelope = await core.router.invoke(method, input, { transport: 'ipc' });
    if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
    return envelope.value;
  };
  let retailWarehouse: DuckDbWarehouse | null = null;
  try {
    const runs: Array<{ set: EvalSet; sourceId: string; warehouse: Warehouse }> = [];
    if (wantDemo && selected(demoSet, options.only).size > 0)
      runs.push({ set: demoSet, sourceId: 'demo', warehouse: await core.sources.warehouse('demo') });
    if (wantRetail) {
      progress('Importing Online Retail…');
      const imported = ImportResult.parse(
        await invoke('import.run', { path: ONLINE_RETAIL_CSV, name: onlineRetailSet.label }),
      );
      // The expected answers read the CSV itself, in a DuckDB of their own: not the imported table.
      retailWarehouse = await DuckDbWarehouse.open(':memory:');
      await retailWarehouse.query(onlineRetailTableSql);
      runs.push({ set: onlineRetailSet, sourceId: imported.source.id, warehouse: retailWarehouse });
    }

    const outcomes: Outcome[] = [];
    for (const run of runs) {
      const scored = selected(run.set, options.only);
      if (scored.size === 0) continue;
      const cases = withAncestors(run.set, scored);
      const tables = await expectedTables(run.set, cases, run.warehouse);
      if (options['check-sql']) {
        printExpected(
          run.set,
          cases.filter((evalCase) => scored.has(evalCase.id)),
          tables,
        );
        continue;
      }
      progress(`Asking ${cases.length} questions of ${run.set.label}…`);
      outcomes.push(...(await askSet(run.set, run.sourceId, invoke, cases, scored, tables)));
    }
    if (options['check-sql']) return 0;
    if (outcomes.length === 0) {
      log(`No case matches --only ${options.only ?? ''}.`);
      return 2;
    }

    log(
      `Ask evaluation · ${new Date().toISOString()} · demo store scale ${DEMO_SCALE}, seed ${DEMO_SEED} · offline interpreter`,
    );
    const accuracy = report(outcomes, options.verbose);
    if (options.min !== undefined) {
      const minimum = Number(options.min);
      const below = [...accuracy].filter(([, value]) => value < minimum);
      if (below.length > 0) {
        log();
        log(`Below --min ${minimum}: ${below.map(([id, value]) => `${id} ${(100 * value).toFixed(1)}%`).join(', ')}`);
        return 1;
      }
    }
    return 0;
  } finally {
    await retailWarehouse?.close();
    await core.stop();
  }
};

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    log(`The evaluation could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 2;
  },
);
