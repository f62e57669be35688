import { eng } from 'stopword';

/**
 * Words too common in any clothing review to be an aspect of one product: English stop words
 * (the `stopword` package) plus the filler of shopping reviews.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...eng,
  ...`able also always another around back bit bought buy came come could day days did does done down
  even ever every first get gets getting got have item items its just last least like little look looks
  lot made make many might more most much need new now off one only order ordered other our out over own
  piece pieces pretty purchase purchased quite really received right said same say see seems since still
  such sure take than that the their them then there these they thing things think this those though
  time times too two use used very want wanted was way wear wearing wears well went were what when where
  week weeks fortnight month months hour hours minute minutes morning night
  which while will with without wore worn would year years you your dress top shirt jacket coat jeans
  pants skirt sweater store online brand review reviews`.split(/\s+/),
]);
