import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventNames, events, methodNames, methods } from '.';
import { describeIssues, issuePath } from './validation';

describe('contract', () => {
  it('lists exactly the methods it has schemas for', () => {
    expect(Object.keys(methods).sort()).toEqual([...methodNames].sort());
  });

  it('lists exactly the events it has schemas for', () => {
    expect(Object.keys(events).sort()).toEqual([...eventNames].sort());
  });

  it('rejects unknown fields in method input', () => {
    expect(methods['app.info'].input.safeParse({ verbose: true }).success).toBe(false);
  });

  it('rejects an event payload that breaks its schema', () => {
    expect(events['network.status'].safeParse({ state: 'sideways', detail: '', checkedAt: null }).success).toBe(false);
  });
});

describe('describeIssues', () => {
  const Plan = z.object({ measure: z.string(), filters: z.array(z.object({ value: z.number() })) }).strict();

  const issuesOf = (value: unknown) => {
    const result = Plan.safeParse(value);
    if (result.success) throw new Error('expected the value to be invalid');
    return result.error.issues;
  };

  it('names a nested field by its dotted path', () => {
    const issues = issuesOf({ measure: 'revenue', filters: [{ value: 'ten' }] });
    expect(issuePath(issues[0]!)).toBe('filters.0.value');
    expect(describeIssues(issues)).toMatch(/^field "filters\.0\.value": .*expected number/);
  });

  it('names an unexpected field and says it is not expected', () => {
    const issues = issuesOf({ measure: 'revenue', filters: [], colour: 'red' });
    expect(issuePath(issues[0]!)).toBe('colour');
    expect(describeIssues(issues)).toBe('field "colour" is not expected here');
  });

  it('counts the further problems', () => {
    expect(describeIssues(issuesOf({}))).toMatch(/\(and 1 more problem\)$/);
  });

  it('speaks of the input as a whole when the value itself is wrong', () => {
    expect(describeIssues(issuesOf('revenue'))).toMatch(/^the input: /);
  });
});
