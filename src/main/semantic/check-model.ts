import { timeGrains } from '../../shared/contract/analysis-plan';
import { joinPaths } from './join-path';
import { normaliseName } from './lookup';
import type { SemanticModel } from './model';
import { tablesOf, type SqlExpr } from './sql-expr';

const identifier = /^[a-z][a-z0-9_]*$/;
// Aliases are written unquoted, so none may be a keyword of either dialect.
const keywordLike = new Set([
  'as',
  'at',
  'by',
  'if',
  'in',
  'is',
  'of',
  'on',
  'or',
  'to',
  'all',
  'and',
  'any',
  'asc',
  'end',
  'for',
  'not',
  'set',
]);

/**
 * Problems that would make a model compile to wrong or broken SQL, as sentences; empty when
 * the model is sound. Built-in models are checked by a test, mapped models when they are made.
 */
export const checkModel = (model: SemanticModel): string[] => {
  const problems: string[] = [];
  const tableIds = new Set(model.tables.map((table) => table.id));
  const checkExpr = (expr: SqlExpr, owner: string): void => {
    for (const table of tablesOf(expr))
      if (!tableIds.has(table)) problems.push(`${owner} reads unknown table "${table}"`);
  };

  const aliases = new Set<string>();
  for (const table of model.tables) {
    if (!identifier.test(table.alias) || keywordLike.has(table.alias))
      problems.push(`table "${table.id}" has an unsafe alias "${table.alias}"`);
    if (aliases.has(table.alias)) problems.push(`alias "${table.alias}" is used twice`);
    aliases.add(table.alias);
    if (table.path.length === 0 || table.path.some((part) => part === ''))
      problems.push(`table "${table.id}" has an empty path`);
  }
  for (const join of model.joins) {
    if (!tableIds.has(join.from) || !tableIds.has(join.to))
      problems.push(`join ${join.from} -> ${join.to} names an unknown table`);
    if (join.on.length === 0) problems.push(`join ${join.from} -> ${join.to} has no columns`);
  }
  for (const fact of model.facts)
    if (!tableIds.has(fact.table)) problems.push(`fact "${fact.id}" reads unknown table "${fact.table}"`);

  const concepts = [...model.measures, ...model.dimensions];
  const ids = new Set<string>();
  for (const concept of concepts) {
    if (!identifier.test(concept.id)) problems.push(`"${concept.id}" is not a valid id`);
    if ((timeGrains as readonly string[]).includes(concept.id)) problems.push(`"${concept.id}" is a time grain's name`);
    if (ids.has(concept.id)) problems.push(`"${concept.id}" is defined twice`);
    ids.add(concept.id);
  }
  const owners = new Map<string, string>();
  for (const concept of concepts) {
    for (const name of [concept.id, concept.label, ...concept.synonyms].map(normaliseName)) {
      const owner = owners.get(name);
      if (owner !== undefined && owner !== concept.id)
        problems.push(`"${name}" names both "${owner}" and "${concept.id}"`);
      owners.set(name, concept.id);
    }
  }

  for (const measure of model.measures) {
    switch (measure.kind) {
      case 'aggregate': {
        const fact = model.facts.find((candidate) => candidate.id === measure.fact);
        if (!fact) problems.push(`measure "${measure.id}" names unknown fact "${measure.fact}"`);
        const reachable = joinPaths(model, fact?.table ?? '');
        for (const expr of measure.filter ? [measure.expression, measure.filter] : [measure.expression]) {
          checkExpr(expr, `measure "${measure.id}"`);
          for (const table of tablesOf(expr)) {
            if (fact && !reachable.has(table))
              problems.push(`measure "${measure.id}" reads "${table}", which its fact cannot reach`);
          }
        }
        break;
      }
      case 'ratio':
        for (const part of [measure.numerator, measure.denominator]) {
          const component = model.measures.find((candidate) => candidate.id === part);
          if (component?.kind !== 'aggregate') problems.push(`ratio "${measure.id}" needs aggregate measure "${part}"`);
        }
        break;
    }
  }
  const timeDimensions = model.dimensions.filter((dimension) => dimension.kind === 'time');
  if (timeDimensions.length > 1)
    problems.push('a model has at most one time dimension (each fact has one time column)');
  for (const dimension of model.dimensions) {
    if (dimension.kind !== 'categorical') continue;
    checkExpr(dimension.expression, `dimension "${dimension.id}"`);
    if (dimension.key !== null) {
      const key = model.dimensions.find((candidate) => candidate.id === dimension.key);
      if (key?.kind !== 'categorical') problems.push(`dimension "${dimension.id}" has unknown key "${dimension.key}"`);
    }
  }
  return problems;
};
