/** Words that say what kind of answer a question wants, before any data is looked at. */
export const cues = {
  drivers: /\b(why|what drove|what caused|what explains|explain|reasons? for|driv(?:er|ers|ing) of|behind the)\b/i,
  forecast:
    /\b(forecast|predict(?:ion)?|projection|project(?:ed)?|will (?:we|it|revenue|sales|units|be)|expect(?:ed)?|next (?:\d+ |few |two |three |four |six |eight |twelve )?(?:days?|weeks?|months?|quarters?|years?))\b/i,
  reviews:
    /\b(reviews?|customers? (?:say|said|think|thought|complain\w*|like|love|hate)|complain\w*|feedback|what do (?:people|shoppers|buyers) say)\b/i,
  compare:
    /\b(vs\.?|versus|compared?(?: to| with)?|against|growth|grew|grow|growing|change[ds]?|increase[ds]?|decrease[ds]?|declin\w+|fell|fall(?:en|ing)?|drop(?:ped)?|up or down|yoy|mom|wow|year over year|year on year|over last year|than last year)\b/i,
  trend:
    /\b(trend(?:s|ing)?|over time|daily|weekly|monthly|quarterly|yearly|each (?:day|week|month|quarter|year)|by (?:day|week|month|quarter|year)|per (?:day|week|month|quarter|year)|timeline|time series|seasonality)\b/i,
  breakdown: /\b(by|per|split|broken down|breakdown|across|for each|each)\b/i,
  share: /\b(share|% of (?:total|revenue|sales)|percent(?:age)? of (?:total|revenue|sales)|mix|contribution)\b/i,
  howMany: /\bhow many\b/i,
  sellVerb: /\b(sell|sold|selling)\b/i,
} as const;

/** Words that continue the previous answer rather than start a new question. */
export const followUpCue =
  /^\s*(and|also|what about|how about|same (?:for|but|by)|now|only|just|but|instead|show (?:it|that|this|me that)|make it|then|excluding|except|without|for)\b/i;

/** "excluding X", "except X", "not X": a value named right after these is left out. */
export const exclusionBefore =
  /\b(excluding|excluded|exclude|except|except for|without|not|other than|apart from|ignoring|ignore|minus|leaving out|no)\s+(?:the\s+)?$/i;
