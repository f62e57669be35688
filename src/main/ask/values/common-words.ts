import { dimensionConcepts, measureConcepts } from '../../semantic/concepts';

/**
 * Words of the question itself rather than of the data. They never match a value on their own,
 * are never read as a typo of something else, and never start or end a partial match, so
 * "top 10 products by revenue" or "which dresses lost revenue" stay free of values even though
 * product names contain "TOP", "LOST" or "BY".
 */
const questionWords = `
a about above across after again against all almost also am among an and any anything are as at
be because been before being below best between both bottom but by can could did do does doing done
down during each either else enough etc even ever every few for from further get gets give go going
had has have having he her here hers him his how i if in into is it its itself just least less let
like many may me might mine more most much must my near neither next no nor not now of off on once
only or other others our ours out over own per please rather same shall she should show so some such
than that the their theirs them then there these they this those through thru to too toward towards
under until up upon us very via vs versus was we were what whatever when where whether which while
who whom whose why will with within without would yet you your yours
top bottom highest lowest biggest smallest largest greatest worst best most least average avg mean
median total totals sum count number amount share percent percentage pct ratio rate change changes
changed growth grow grew grown growing decline declined declining drop dropped dropping fall fell
fallen falling rise rose risen rising increase increased decrease decreased gain gained gains lost
lose losing loss up down trend trends trending compare compared comparison versus against forecast
forecasts predict projection breakdown break split broken group grouped grouping list plot chart graph
table tell find found check get give see look view explain why driver drivers contribution contributed
performance perform performed performing doing done sell sold selling bought buy buying order
ordered spend spent make made much many total overall
last this next previous prior current past recent recently ago since ytd mtd qtd wtd yoy mom wow
today yesterday tomorrow day days daily week weeks weekly weekend month months monthly quarter
quarters quarterly year years yearly annual annually season seasonal holiday holidays period
periods date dates time times
sales sale revenue revenues units unit orders customers margin margins profit returns returned
rating ratings reviews review value values price prices cost costs discount discounts
dimension dimensions measure measures metric metrics kpi kpis data number numbers figure figures
each every per by vs
`;

/**
 * Everyday English words that are not typos of anything: "grew" is not "grey" and "year" is not
 * "pear". They still match a value spelled exactly that way ("Active", "Plus"), but a lone one
 * never starts a partial match.
 */
const everydayWords = `
able account actual add after again age air all almost alone along already always among another
answer area around ask away back bad base became become been began begin behind being believe
below better big bit body book both bring build business call came can care carry case cause
certain change city clear close come common company complete consider continue country
course cover create cut dark deal did different direction does dog door draw during early east easy
end enough even ever example eye face fact family far fast feel few field fill find fine fire first
follow food form four free friend front full game gave general get girl give given good got
great green ground group grow half hand happen hard head hear help here high hold home hope hot hour
house however idea important inside interest issue job just keep kind knew know land large late
later lead learn leave left less let life light line little live long look made main make man mark
matter mean means meet might mind miss money more morning move much must name need never new news
night none north note nothing notice now number off often old once one only open order other out
own page paper part pass people place plan play point possible power present problem put question
quick quite ran read ready real reason red rest right road room round run said same saw say school
second see seem seen self sent set several shall short should side since small so some something
sometimes soon sound south space stand start state still stop story strong study such sure system
take talk tell than thank that their them then thing think those though thought three through tie
together told took toward tried true try turn two under until upon use used usual very wait walk
want warm was watch water way well went were west what whole why wide will wish with word work world
would write year yes yet young
`;

const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');

/** Single-word labels and synonyms of the semantic layer: "sales", "category", "brand", "sku". */
const conceptWords = (): string[] =>
  [...Object.values(measureConcepts), ...Object.values(dimensionConcepts)]
    .flatMap((concept) => [concept.label, ...concept.synonyms])
    .map((name) => name.toLowerCase())
    .filter((name) => /^[a-z]+$/.test(name));

export const questionWordSet: ReadonlySet<string> = new Set([...words(questionWords), ...conceptWords()]);

export const everydayWordSet: ReadonlySet<string> = new Set(words(everydayWords));

/** Stop words: a lone one never names a value and is never corrected. */
export const isQuestionWord = (norm: string): boolean => questionWordSet.has(norm);

/** Real words the user meant as written: never corrected as typos. */
export const isKnownWord = (norm: string): boolean => questionWordSet.has(norm) || everydayWordSet.has(norm);
