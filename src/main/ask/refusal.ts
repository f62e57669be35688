/**
 * Questions that ask to change data. Ask only ever runs SELECT statements (the compiler emits
 * nothing else and the runner checks), so these would fail anyway; a polite sentence is kinder
 * than an error.
 */
const writeVerb =
  /\b(delete|drop|truncate|update|insert|alter|create|remove|erase|wipe|purge|overwrite|modify|rename|grant|revoke|merge into|replace)\b/i;
const dataNoun =
  /\b(tables?|rows?|records?|data|database|orders?|products?|customers?|users?|reviews?|sales|everything|all|schema|columns?|prices?|inventory|stock)\b/i;

export const REFUSAL =
  'Aisle only reads your data: it cannot delete, change or add anything. Ask a question about the data instead, such as "revenue by category last month".';

/** True when the question asks to modify data ("delete all orders", "drop the products table"). */
export const asksToModify = (question: string): boolean => {
  const verb = writeVerb.exec(question);
  if (!verb) return false;
  // "which products were removed from the range" reads; "remove all products" writes: the verb leads.
  const before = question.slice(0, verb.index).trim();
  const leads = before === '' || /\b(please|can you|could you|you|aisle|now|then|and|just)$/i.test(before);
  return leads && dataNoun.test(question.slice(verb.index));
};
