import { MAX_MEMBERS, type ForecastMember } from './forecast-controls';

/** The members whose name holds the search, case and accents aside; all of them for an empty search. */
export const filterMembers = (members: readonly ForecastMember[], search: string): ForecastMember[] => {
  const fold = (text: string): string =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const wanted = fold(search.trim());
  if (wanted === '') return [...members];
  return members.filter((member) => fold(member.label).includes(wanted) || fold(member.key).includes(wanted));
};

/** Adds a member, or removes it when chosen; never more than 24. */
export const toggleMember = (chosen: readonly ForecastMember[], member: ForecastMember): ForecastMember[] => {
  if (chosen.some((item) => item.key === member.key)) return chosen.filter((item) => item.key !== member.key);
  return chosen.length >= MAX_MEMBERS ? [...chosen] : [...chosen, member];
};

/** What the picker button says: "Top 12 categories", "Dresses", "3 categories". */
export const memberSummary = (
  chosen: readonly ForecastMember[],
  top: number,
  labels: { one: string; many: string },
): string => {
  const [first] = chosen;
  if (first === undefined) return `Top ${top} ${top === 1 ? labels.one : labels.many}`;
  return chosen.length === 1 ? first.label : `${chosen.length} ${labels.many}`;
};
