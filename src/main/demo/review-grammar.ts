/**
 * The aspect grammar behind the demo store's review text. Each template expands its
 * `{a|b|c}` groups into every combination, so a few lines give dozens of natural variants.
 * Ratings decide which polarity each mentioned aspect takes (sql/demo/60_reviews.sql), so the
 * words always agree with the stars.
 */

export const aspects = ['fit', 'size', 'fabric', 'quality', 'colour', 'comfort', 'price', 'delivery'] as const;
export type Aspect = (typeof aspects)[number];
export type Polarity = 'positive' | 'negative' | 'defect';

const templates: Record<Aspect, Partial<Record<Polarity, readonly string[]>>> = {
  fit: {
    positive: [
      'The fit is {perfect|spot on|really flattering}{| on me|, even on my hips}.',
      '{Fits|Sits} {like a glove|beautifully|just right} {through the shoulders|at the waist|everywhere}.',
      'Lovely cut, {very flattering|it drapes nicely|shapes well without clinging}.',
    ],
    negative: [
      'The cut is {boxy|shapeless|awkward} and {unflattering|does nothing for me}.',
      'It {pulls across the chest|gapes at the waist|bunches at the back}, {so it is going back|which is a shame}.',
      'Fit is {off|strange}: {tight in the arms|too long in the body|baggy in odd places}.',
    ],
  },
  size: {
    positive: [
      '{True to size|Sizing is accurate}{|, I took my usual size|, ordered my normal size and it is perfect}.',
      'I {followed|used} the size guide and {it was spot on|got it right first time}.',
    ],
    negative: [
      'Runs {small|really small|a full size small}; {size up|I had to exchange it|order one size bigger}.',
      'Runs {large|very big}{|, size down|, swamped me}.',
      'Sizing is {inconsistent|all over the place} compared to {the last one I bought|other brands}.',
    ],
  },
  fabric: {
    positive: [
      'The fabric {feels|is} {soft|substantial|lovely and thick|really premium} {and washes well|and does not crease|}.',
      '{Beautiful|Gorgeous|Nice heavy} material{| that drapes well| with a subtle sheen}.',
    ],
    negative: [
      'The fabric is {thin|see-through|scratchy|cheap-feeling}{| and clings| and creases instantly}.',
      'Material {pilled|went bobbly|shrank} after {one wash|the first wash|a couple of washes}.',
    ],
  },
  quality: {
    positive: [
      '{Great|Excellent|Solid} quality{| for the money|, well made|, the stitching is neat}.',
      'Well made and {still looks new|holding up well} after {months|many washes|weeks of wear}.',
    ],
    negative: [
      'Quality is {poor|disappointing|not what it used to be}{|, loose threads everywhere|, the hem came down}.',
      'Stitching {came undone|is coming apart} {after a few wears|within a month}.',
    ],
    defect: [
      'The zipper {broke|split|jammed and broke} {after two wears|within a week|the first time I wore it}.',
      'The {seam|side seam|lining} ripped {the first time I wore it|within days|after one wear}.',
      '{Zip|Zipper} {came off|broke off|pulled away from the fabric} {on day one|after a week|almost immediately}.',
      'It {ripped|tore|broke} at the {zipper|seams|pocket} {after barely any use|within a fortnight}{|, really poor}.',
    ],
  },
  colour: {
    positive: [
      'The colour is {gorgeous|exactly as pictured|rich and true to the photos}.',
      '{Lovely|Beautiful|Such a nice} {shade|colour}{|, goes with everything|, got lots of compliments}.',
    ],
    negative: [
      'The colour {is nothing like the photo|looks washed out|is duller than pictured}.',
      'Colour {faded|ran|bled} after {the first wash|a couple of washes}.',
    ],
  },
  comfort: {
    positive: [
      '{Super|Really|So} comfortable{|, I wear it all day|, like wearing pyjamas}.',
      'Comfortable {and easy to move in|from morning to night|without being sloppy}.',
    ],
    negative: [
      '{Itchy|Uncomfortable|Stiff} {around the neck|at the waist|all day}{|, could not wait to take it off}.',
      'Not comfortable at all: {digs in|rubs|feels restrictive} {when sitting|at the seams}.',
    ],
  },
  price: {
    positive: [
      '{Great|Good|Excellent} value{| for money| for the quality}.',
      '{Worth every penny|A bargain|Well priced}{|, would buy again|, bought two}.',
    ],
    negative: [
      '{Overpriced|Too expensive|Not worth the money} for {what it is|the quality}.',
      'At this price I expected {better|much better|more}.',
    ],
  },
  delivery: {
    positive: [
      '{Arrived|Delivered} {quickly|the next day|earlier than expected}{| and well packaged}.',
      '{Fast|Speedy|Quick} delivery{| and easy returns| and lovely packaging}.',
    ],
    negative: [
      'Delivery {took ages|was late|took nearly two weeks}{| and tracking never updated}.',
      'Arrived {creased|crumpled|with the tag missing}{| in a torn bag}.',
    ],
  },
};

const titleTemplates: Record<1 | 2 | 3 | 4 | 5, readonly string[]> = {
  5: ['{Love it|Absolutely love it|Obsessed}{|!}', '{Perfect|Gorgeous|Fantastic} {buy|piece|find}', 'Would buy again'],
  4: ['{Really nice|Very pleased|Lovely}', '{Good|Great} {buy|piece} overall', 'Nearly perfect'],
  3: ['{It is okay|Mixed feelings|Not bad}', '{Decent|Average}{| but not great}', 'Some good, some bad'],
  2: ['{Disappointed|Not for me|Expected more}', '{Meh|Underwhelming}', 'Going back'],
  1: ['{Terrible|Awful|Very poor} {quality|purchase}', '{Do not buy|Avoid}', 'Waste of money'],
};

/** The one title template used for defective items: the complaint itself. */
const defectTitles = ['{Zipper broke|Zip broke|Ripped after one wear|Fell apart}{|!|, avoid}'];

/** Expands `{a|b}` groups (left to right, every combination). */
export const expandTemplate = (template: string): string[] => {
  const match = /\{([^{}]*)\}/.exec(template);
  if (!match) return [template.replace(/ {2,}/g, ' ').replace(/ ([,.!])/g, '$1')];
  const [whole, inner = ''] = match;
  return inner
    .split('|')
    .flatMap((option) =>
      expandTemplate(template.slice(0, match.index) + option + template.slice(match.index + whole.length)),
    );
};

export interface Phrase {
  aspect: Aspect;
  polarity: Polarity;
  text: string;
}

export const reviewPhrases = (): Phrase[] =>
  aspects.flatMap((aspect) =>
    (Object.entries(templates[aspect]) as [Polarity, readonly string[]][]).flatMap(([polarity, list]) =>
      list.flatMap(expandTemplate).map((text) => ({ aspect, polarity, text })),
    ),
  );

export interface TitlePhrase {
  /** 1-5, or 0 for the title of a defect complaint. */
  rating: number;
  text: string;
}

export const reviewTitles = (): TitlePhrase[] => [
  ...([1, 2, 3, 4, 5] as const).flatMap((rating) =>
    titleTemplates[rating].flatMap(expandTemplate).map((text) => ({ rating, text })),
  ),
  ...defectTitles.flatMap(expandTemplate).map((text) => ({ rating: 0, text })),
];
